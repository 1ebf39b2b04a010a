package org.projectnexus.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.projectnexus.shared.Ids;
import org.projectnexus.shared.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal access tokens ({@code nxp_...}) for scripts and CI. */
@Service
class PersonalTokenService implements PersonalTokens {

    /** A new token: the secret is in here once and never again. */
    record Created(PersonalTokenRepository.PersonalToken token, String secret) {}

    static final int MAX_ACTIVE_TOKENS = 50;

    private final PersonalTokenRepository tokens;
    private final AuditTrail audit;
    private final Clock clock;

    PersonalTokenService(PersonalTokenRepository tokens, AuditTrail audit, Clock clock) {
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A token never has more scopes than its member's roles allow, nor more than the token that
     * creates it (a read-only token cannot mint a write token).
     */
    @Transactional
    Created create(CurrentMember me, String name, Set<Scope> scopes, Instant expiresAt) {
        var now = clock.instant();
        if (scopes.isEmpty()) {
            throw ProblemException.invalid("scopes", "must name at least one of read, write, admin");
        }
        for (var scope : scopes) {
            if (!me.scopes().contains(scope)) {
                throw ProblemException.invalid(
                        "scopes", "'" + scope.value() + "' is more than you (or the token you use) may grant");
            }
        }
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw ProblemException.invalid("expiresAt", "must be in the future");
        }
        var active = tokens.findByMember(me.id()).stream()
                .filter(t -> t.usableAt(now))
                .count();
        if (active >= MAX_ACTIVE_TOKENS) {
            throw ProblemException.conflict(
                    "too-many-tokens", "You have " + MAX_ACTIVE_TOKENS + " active tokens; revoke one first.");
        }
        var secret = OpaqueTokens.newSecret(OpaqueTokens.PERSONAL_PREFIX);
        var token = new PersonalTokenRepository.PersonalToken(
                Ids.newId(),
                me.id(),
                name,
                EnumSet.copyOf(scopes),
                secret.substring(secret.length() - 4),
                now,
                expiresAt,
                null,
                null);
        tokens.insert(token, OpaqueTokens.hash(secret));
        if (scopes.contains(Scope.ADMIN)) {
            audit.record(me, "personal-token.admin-created", "token:" + token.id(), Map.of("name", name));
        }
        return new Created(token, secret);
    }

    List<PersonalTokenRepository.PersonalToken> list(CurrentMember me) {
        return tokens.findByMember(me.id());
    }

    @Override
    public List<TokenSummary> tokensOf(CurrentMember me) {
        return list(me).stream().map(PersonalTokenService::summary).toList();
    }

    @Override
    @Transactional
    public IssuedToken issue(CurrentMember me, String name, Set<Scope> scopes, Instant expiresAt) {
        // The shape MeController.TokenRequest checks for the API.
        if (name == null || name.isBlank() || name.length() > 100) {
            throw ProblemException.invalid("name", "must be 1 to 100 characters, e.g. what the token is for");
        }
        var created = create(me, name.strip(), scopes, expiresAt);
        return new IssuedToken(summary(created.token()), created.secret());
    }

    private static TokenSummary summary(PersonalTokenRepository.PersonalToken t) {
        return new TokenSummary(
                t.id(),
                t.name(),
                t.scopes().stream().sorted().toList(),
                "nxp_…" + t.hint(),
                t.createdAt(),
                t.expiresAt(),
                t.lastUsedAt(),
                t.revokedAt());
    }

    @Override
    @Transactional
    public void revoke(CurrentMember me, UUID id) {
        if (!tokens.revoke(me.id(), id, clock.instant())) {
            throw ProblemException.notFound("You have no token with id '" + id + "'.");
        }
    }
}
