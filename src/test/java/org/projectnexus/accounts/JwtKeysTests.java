package org.projectnexus.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** Key generation on first run and rotation without logging anybody out. */
class JwtKeysTests {

    @TempDir
    Path directory;

    private final SecurityConfiguration configuration = new SecurityConfiguration();

    private final AccountsProperties properties =
            Binder.get(new MockEnvironment()).bindOrCreate("nexus.accounts", AccountsProperties.class);

    private static String tokenSignedBy(JwtKeys keys) {
        var now = Instant.now();
        var claims = JwtClaimsSet.builder()
                .issuer("project-nexus")
                .audience(List.of("nexus-api"))
                .subject("someone")
                .issuedAt(now)
                .expiresAt(now.plus(Duration.ofMinutes(5)))
                .build();
        var header = JwsHeader.with(SignatureAlgorithm.RS256)
                .keyId(keys.signingKey().getKeyID())
                .build();
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(keys.signingKey())))
                .encode(JwtEncoderParameters.from(header, claims))
                .getTokenValue();
    }

    @Test
    void firstRunGeneratesAPrivateKeyFileOnlyTheOwnerCanRead() throws Exception {
        var keys = JwtKeys.load(directory, true);
        var files = Files.list(directory).toList();
        assertThat(files).hasSize(1);
        assertThat(Files.getPosixFilePermissions(files.getFirst()).toString()).isEqualTo("[OWNER_READ, OWNER_WRITE]");
        assertThat(keys.publicKeys().getKeys()).hasSize(1);
        assertThat(keys.publicKeys().getKeys().getFirst().isPrivate()).isFalse();

        // The next start reuses it.
        assertThat(JwtKeys.load(directory, true).signingKey().getKeyID())
                .isEqualTo(keys.signingKey().getKeyID());
    }

    @Test
    void noKeyAndNoGenerationIsAClearStartupError() {
        assertThatThrownBy(() -> JwtKeys.load(directory, false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No JWT signing key");
    }

    @Test
    void rotationSignsWithTheNewKeyWhileTheOldOneStillVerifies() throws Exception {
        JwtKeys.generate(directory, "nexus-20260101T000000");
        var before = JwtKeys.load(directory, false);
        var oldToken = tokenSignedBy(before);

        JwtKeys.generate(directory, "nexus-20261101T000000");
        var after = JwtKeys.load(directory, false);
        assertThat(after.signingKey().getKeyID()).isEqualTo("nexus-20261101T000000");
        assertThat(after.publicKeys().getKeys()).hasSize(2);

        var decoder = configuration.jwtDecoder(after, properties);
        assertThat(decoder.decode(oldToken).getSubject()).isEqualTo("someone");
        assertThat(decoder.decode(tokenSignedBy(after)).getSubject()).isEqualTo("someone");

        // Once the old key is removed, its tokens no longer verify.
        Files.delete(directory.resolve("nexus-20260101T000000.pem"));
        var retired = configuration.jwtDecoder(JwtKeys.load(directory, false), properties);
        assertThatThrownBy(() -> retired.decode(oldToken)).hasMessageContaining("Signed JWT rejected");
    }
}
