package org.projectnexus.accounts;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.UUID;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

/**
 * Authenticates {@code Authorization: Bearer} tokens of both kinds: personal access tokens ({@code
 * nxp_...}, looked up by hash) and access tokens (JWTs, verified by signature). Either way the
 * member is read from the database, so a suspension or role change applies to the next request.
 */
final class BearerAuthentication {

    private BearerAuthentication() {}

    static AuthenticationManager manager(
            JwtDecoder decoder, MemberRepository members, PersonalTokenRepository personalTokens, Clock clock) {
        var jwt = new JwtAuthenticationProvider(decoder);
        jwt.setJwtAuthenticationConverter(token -> fromJwt(token, members));
        return new ProviderManager(new PersonalTokens(personalTokens, members, clock), new Jwts(jwt));
    }

    private static MemberAuthentication fromJwt(Jwt jwt, MemberRepository members) {
        UUID id;
        try {
            id = UUID.fromString(jwt.getSubject());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidBearerTokenException("The access token has no valid subject.");
        }
        var member = members.findById(id)
                .orElseThrow(() -> new InvalidBearerTokenException("The access token's member does not exist."));
        if (!member.active()) {
            throw new InvalidBearerTokenException("The account is suspended.");
        }
        var scopes = EnumSet.noneOf(Scope.class);
        var claim = jwt.getClaimAsString("scope");
        if (claim != null) {
            Arrays.stream(claim.split(" "))
                    .flatMap(value ->
                            Arrays.stream(Scope.values()).filter(s -> s.value().equals(value)))
                    .forEach(scopes::add);
        }
        return MemberAuthentication.of(member, scopes);
    }

    private static String tokenOf(Authentication authentication) {
        return authentication instanceof BearerTokenAuthenticationToken bearer ? bearer.getToken() : null;
    }

    /** JWTs only: a personal token is never handed to the JWT parser. */
    private record Jwts(JwtAuthenticationProvider delegate) implements AuthenticationProvider {

        @Override
        public Authentication authenticate(Authentication authentication) {
            var token = tokenOf(authentication);
            if (token == null || token.startsWith(OpaqueTokens.PERSONAL_PREFIX)) {
                return null;
            }
            return delegate.authenticate(authentication);
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
        }
    }

    private record PersonalTokens(PersonalTokenRepository tokens, MemberRepository members, Clock clock)
            implements AuthenticationProvider {

        @Override
        public Authentication authenticate(Authentication authentication) {
            var secret = tokenOf(authentication);
            if (secret == null || !secret.startsWith(OpaqueTokens.PERSONAL_PREFIX)) {
                return null;
            }
            var now = clock.instant();
            var token = tokens.findByHash(OpaqueTokens.hash(secret))
                    .orElseThrow(() -> new InvalidBearerTokenException("The personal access token is not valid."));
            if (token.revokedAt() != null) {
                throw new InvalidBearerTokenException("The personal access token was revoked.");
            }
            if (!token.usableAt(now)) {
                throw new InvalidBearerTokenException("The personal access token has expired.");
            }
            var member = members.findById(token.memberId())
                    .filter(Member::active)
                    .orElseThrow(() -> new InvalidBearerTokenException("The account is suspended."));
            tokens.touch(token.id(), now);
            return MemberAuthentication.of(member, token.scopes());
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
        }
    }
}
