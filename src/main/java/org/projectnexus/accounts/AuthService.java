package org.projectnexus.accounts;

import jakarta.validation.Validator;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.projectnexus.shared.FieldProblem;
import org.projectnexus.shared.Ids;
import org.projectnexus.shared.ProblemException;
import org.projectnexus.shared.RateLimitExceededException;
import org.projectnexus.shared.RateLimitPlan;
import org.projectnexus.shared.RateLimiter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registration, sign-in, token refresh and sign-out. */
@Service
class AuthService implements Accounts {

    private static final Logger log = LoggerFactory.getLogger(AuthService.class);

    /** A new member's details, already validated for shape by the web layer. */
    record Registration(String handle, String email, String password, String displayName, Track track, String cohort) {}

    private final MemberRepository members;
    private final RefreshTokenRepository refreshTokens;
    private final TokenService tokens;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final RateLimiter limiter;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RateLimitPlan loginPerAccount;
    private final RateLimitPlan loginPerIp;
    private final RateLimitPlan registerPerIp;
    private final RateLimitPlan refreshPerIp;
    // Verified against when the account does not exist, so both answers take as long.
    private final String decoyHash;
    private final List<String> bootstrapAdmins;
    private final Validator validator;

    AuthService(
            MemberRepository members,
            RefreshTokenRepository refreshTokens,
            TokenService tokens,
            PasswordEncoder passwords,
            PasswordPolicy policy,
            RateLimiter limiter,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock,
            AccountsProperties properties,
            Validator validator) {
        this.validator = validator;
        this.members = members;
        this.refreshTokens = refreshTokens;
        this.tokens = tokens;
        this.passwords = passwords;
        this.policy = policy;
        this.limiter = limiter;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        var limits = properties.limits();
        this.loginPerAccount =
                new RateLimitPlan("login-account", limits.loginPerAccount(), limits.loginPerAccountPeriod());
        this.loginPerIp = new RateLimitPlan("login-ip", limits.loginPerIp(), limits.perIpPeriod());
        this.registerPerIp = new RateLimitPlan("register-ip", limits.registerPerIp(), limits.perIpPeriod());
        this.refreshPerIp = new RateLimitPlan("refresh-ip", limits.refreshPerIp(), limits.perIpPeriod());
        this.decoyHash = passwords.encode("decoy password that no account has " + Ids.newId());
        this.bootstrapAdmins = properties.bootstrapAdmins().stream()
                .map(handle -> handle.strip().toLowerCase(Locale.ROOT))
                .toList();
    }

    @Transactional
    Member register(Registration registration, String ip) {
        limit(registerPerIp, ip, "Too many registrations from this address");
        var handle = registration.handle().toLowerCase(Locale.ROOT);
        policy.check(registration.password(), handle, registration.email());
        if (members.handleTaken(handle)) {
            throw ProblemException.conflict("handle-taken", "The handle '" + handle + "' is taken; choose another.");
        }
        if (members.emailTaken(registration.email())) {
            throw ProblemException.conflict(
                    "email-taken", "An account with this email address exists already; sign in instead.");
        }
        var now = clock.instant();
        var roles = EnumSet.of(MemberRole.LEARNER);
        if (bootstrapAdmins.contains(handle)) {
            roles.add(MemberRole.ADMIN);
        }
        var member = new Member(
                Ids.newId(),
                handle,
                registration.email(),
                false,
                registration.displayName(),
                null,
                null,
                null,
                registration.track(),
                registration.cohort(),
                roles,
                Member.Status.ACTIVE,
                passwords.encode(registration.password()),
                now,
                now);
        try {
            members.insert(member);
        } catch (DuplicateKeyException race) {
            throw ProblemException.conflict("handle-or-email-taken", "The handle or email address was just taken.");
        }
        if (roles.contains(MemberRole.ADMIN)) {
            audit.record(null, "member.bootstrap-admin", "member:" + handle, Map.of());
        }
        events.publishEvent(new MemberRegistered(member.id(), handle, member.track(), member.cohort()));
        log.info("Member {} registered", handle);
        return member;
    }

    /**
     * Signs in with a handle or email. The per-account limit counts every attempt on an identifier
     * whether an account has it or not, and an unknown identifier costs the same hash check, so
     * neither the answer nor its timing tells whether an account exists.
     */
    @Transactional
    TokenService.TokenPair login(String login, String password, String ip) {
        return tokens.issue(authenticate(login, password, ip));
    }

    @Override
    @Transactional
    public Authentication signIn(String login, String password, String ip) {
        // The shape AuthController.LoginRequest checks for the API, before any hash is computed.
        if (login == null || login.isBlank() || login.length() > 254) {
            throw ProblemException.invalid("login", "must be your handle or email address");
        }
        if (password == null || password.length() > 1000) {
            throw ProblemException.invalid("password", "must be at most 1000 characters");
        }
        var member = authenticate(login, password, ip);
        return MemberAuthentication.of(member, Scope.allowedFor(member.roles()));
    }

    @Override
    public Optional<Authentication> session(UUID memberId) {
        return members.findById(memberId)
                .filter(Member::active)
                .map(member -> MemberAuthentication.of(member, Scope.allowedFor(member.roles())));
    }

    @Override
    @Transactional
    public MemberSummary register(NewMember member, String ip) {
        var errors = validator.validate(member).stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                .toList();
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return register(
                        new Registration(
                                member.handle(),
                                member.email(),
                                member.password(),
                                member.displayName(),
                                member.track(),
                                member.cohort() == null || member.cohort().isBlank() ? null : member.cohort()),
                        ip)
                .summary();
    }

    @Override
    public List<String> passwordRules() {
        return policy.rules();
    }

    @Override
    public int passwordMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    private Member authenticate(String login, String password, String ip) {
        limit(loginPerIp, ip, "Too many sign-in attempts from this address");
        var identifier = login.strip().toLowerCase(Locale.ROOT);
        limit(loginPerAccount, identifier, "Too many sign-in attempts for this account");
        var member = members.findByLogin(identifier);
        var matches =
                passwords.matches(password, member.map(Member::passwordHash).orElse(decoyHash));
        if (member.isEmpty() || !matches) {
            throw ProblemException.unauthorized("The handle, email or password is wrong.");
        }
        var found = member.get();
        if (!found.active()) {
            throw ProblemException.unauthorized("This account is suspended.");
        }
        if (passwords.upgradeEncoding(found.passwordHash())) {
            members.update(found.withPasswordHash(passwords.encode(password), clock.instant()));
        }
        return found;
    }

    /**
     * Rotates a refresh token. A token presented a second time means it leaked: the whole family
     * (every token descended from that sign-in) is revoked.
     */
    @Transactional(noRollbackFor = ProblemException.class)
    TokenService.TokenPair refresh(String refreshToken, String ip) {
        limit(refreshPerIp, ip, "Too many token refreshes from this address");
        var now = clock.instant();
        var stored = refreshTokens
                .findForUpdate(OpaqueTokens.hash(refreshToken))
                .orElseThrow(() -> ProblemException.unauthorized("The refresh token is not valid."));
        if (stored.revokedAt() != null) {
            throw ProblemException.unauthorized("The refresh token was revoked; sign in again.");
        }
        if (stored.usedAt() != null) {
            int revoked = refreshTokens.revokeFamily(stored.familyId(), now);
            audit.record(
                    null,
                    "refresh-token.reuse-detected",
                    "member-id:" + stored.memberId(),
                    Map.of("family", stored.familyId().toString(), "revokedTokens", revoked));
            log.warn("Refresh token reuse for member {}: family {} revoked", stored.memberId(), stored.familyId());
            throw ProblemException.unauthorized(
                    "This refresh token was used before, so it may have been stolen: every session of that sign-in"
                            + " was ended. Sign in again.");
        }
        if (!stored.expiresAt().isAfter(now)) {
            throw ProblemException.unauthorized("The refresh token has expired; sign in again.");
        }
        refreshTokens.markUsed(stored.id(), now);
        var member = members.findById(stored.memberId())
                .filter(Member::active)
                .orElseThrow(() -> ProblemException.unauthorized("This account is suspended."));
        return tokens.issue(member, stored.familyId());
    }

    /** Ends the sign-in the refresh token belongs to. Unknown tokens are ignored: nothing to end. */
    @Transactional
    void logout(String refreshToken) {
        refreshTokens
                .findForUpdate(OpaqueTokens.hash(refreshToken))
                .ifPresent(stored -> refreshTokens.revokeFamily(stored.familyId(), clock.instant()));
    }

    private void limit(RateLimitPlan plan, String key, String what) {
        var decision = limiter.tryConsume(plan, key);
        if (!decision.allowed()) {
            throw new RateLimitExceededException(
                    decision, what + "; try again in " + decision.retryAfterSeconds() + " seconds.");
        }
    }
}
