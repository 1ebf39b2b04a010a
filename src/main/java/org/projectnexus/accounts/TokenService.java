package org.projectnexus.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.projectnexus.shared.Ids;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/** Issues access tokens (signed JWTs) and refresh tokens (opaque, stored hashed). */
@Component
class TokenService {

    /** What a successful sign-in or refresh returns. */
    record TokenPair(
            String accessToken, Instant accessTokenExpiresAt, String refreshToken, Instant refreshTokenExpiresAt) {}

    private final JwtEncoder encoder;
    private final JwtKeys keys;
    private final RefreshTokenRepository refreshTokens;
    private final AccountsProperties properties;
    private final Clock clock;

    TokenService(
            JwtEncoder encoder,
            JwtKeys keys,
            RefreshTokenRepository refreshTokens,
            AccountsProperties properties,
            Clock clock) {
        this.encoder = encoder;
        this.keys = keys;
        this.refreshTokens = refreshTokens;
        this.properties = properties;
        this.clock = clock;
    }

    /** Tokens for a new sign-in: a new refresh-token family. */
    TokenPair issue(Member member) {
        return issue(member, Ids.newId());
    }

    /** Tokens continuing an existing family (refresh rotation). */
    TokenPair issue(Member member, UUID familyId) {
        var now = clock.instant();
        var jwt = properties.jwt();
        var expiresAt = now.plus(jwt.accessTokenTtl());
        var scopes = Scope.allowedFor(member.roles());
        var claims = JwtClaimsSet.builder()
                .issuer(jwt.issuer())
                .audience(List.of(jwt.audience()))
                .subject(member.id().toString())
                .issuedAt(now)
                .expiresAt(expiresAt)
                .id(UUID.randomUUID().toString())
                .claim("handle", member.handle())
                .claim("roles", member.roles().stream().map(Enum::name).sorted().toList())
                .claim("scope", scopeClaim(scopes))
                .build();
        var header = JwsHeader.with(SignatureAlgorithm.RS256)
                .type("JWT")
                .keyId(keys.signingKey().getKeyID())
                .build();
        var accessToken =
                encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();

        var refreshToken = OpaqueTokens.newSecret("");
        var refreshExpiresAt = now.plus(properties.refreshTokenTtl());
        refreshTokens.insert(
                Ids.newId(), familyId, member.id(), OpaqueTokens.hash(refreshToken), now, refreshExpiresAt);
        return new TokenPair(accessToken, expiresAt, refreshToken, refreshExpiresAt);
    }

    static String scopeClaim(Set<Scope> scopes) {
        return String.join(" ", scopes.stream().map(Scope::value).sorted().toList());
    }
}
