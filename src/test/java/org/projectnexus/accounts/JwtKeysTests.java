package org.projectnexus.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.RSAKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.accounts.JwtKeySource.JwtKey;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Keys an operator provides (PEM text, a mounted directory), rotation without logging anybody out,
 * and keys another replica added being picked up without a restart. The database source, shared
 * by replicas, is in {@code JwtReplicasTests}.
 */
class JwtKeysTests {

    @TempDir
    Path directory;

    private final SecurityConfiguration configuration = new SecurityConfiguration();

    private final AccountsProperties properties =
            Binder.get(new MockEnvironment()).bindOrCreate("nexus.accounts", AccountsProperties.class);

    static String tokenSignedBy(JwtKeys keys) {
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
        return new NimbusJwtEncoder(keys.signingKeys())
                .encode(JwtEncoderParameters.from(header, claims))
                .getTokenValue();
    }

    private static String pem() {
        return RsaKeys.toPem(RsaKeys.generate().getPrivate());
    }

    private JwtKeys fromDirectory() {
        var keys = new JwtKeys(PemJwtKeys.directory(directory), Clock.systemUTC());
        keys.afterSingletonsInstantiated();
        return keys;
    }

    @Test
    void keysFromTheEnvironmentAreNamedByThumbprintAndTheLastSigns() {
        var first = pem();
        var second = pem();
        var keys = new JwtKeys(PemJwtKeys.text(first + "\n" + second), Clock.systemUTC());
        var again = new JwtKeys(PemJwtKeys.text(first + second), Clock.systemUTC());

        assertThat(keys.publicKeys().getKeys()).hasSize(2).noneMatch(k -> k.isPrivate());
        assertThat(keys.signingKey().getKeyID())
                .isEqualTo(keys.publicKeys().getKeys().get(1).getKeyID());
        // Every replica given the same text names the keys alike, so their tokens verify anywhere.
        assertThat(again.signingKey().getKeyID()).isEqualTo(keys.signingKey().getKeyID());
        assertThat(configuration
                        .jwtDecoder(again, properties)
                        .decode(tokenSignedBy(keys))
                        .getSubject())
                .isEqualTo("someone");
    }

    @Test
    void missingOrUnusableKeysAreClearStartupErrors() throws Exception {
        assertThatThrownBy(this::fromDirectory)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No JWT signing key");
        assertThatThrownBy(() -> new JwtKeys(PemJwtKeys.directory(directory.resolve("absent")), Clock.systemUTC())
                        .afterSingletonsInstantiated())
                .hasMessageContaining("is not a directory");
        var pkcs1 = "-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----\n";
        assertThatThrownBy(() -> new JwtKeys(PemJwtKeys.text(pkcs1), Clock.systemUTC()).afterSingletonsInstantiated())
                .hasMessageContaining("openssl pkcs8 -topk8");
        Files.writeString(
                directory.resolve("broken.pem"), "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----");
        assertThatThrownBy(this::fromDirectory).hasMessageContaining("Not an RSA private key");
    }

    @Test
    void rotationSignsWithTheNewKeyWhileTheOldOneStillVerifies() throws Exception {
        Files.writeString(directory.resolve("nexus-20260101T000000.pem"), pem());
        var keys = fromDirectory();
        var decoder = configuration.jwtDecoder(keys, properties);
        var oldToken = tokenSignedBy(keys);

        // The secret is updated in place (a new key added); this replica reads it on its next refresh.
        Files.writeString(directory.resolve("nexus-20261101T000000.pem"), pem());
        keys.refresh();
        assertThat(keys.signingKey().getKeyID()).isEqualTo("nexus-20261101T000000");
        assertThat(keys.publicKeys().getKeys()).hasSize(2);
        assertThat(decoder.decode(oldToken).getSubject()).isEqualTo("someone");
        assertThat(decoder.decode(tokenSignedBy(keys)).getSubject()).isEqualTo("someone");

        // Once the old key is removed, its tokens no longer verify.
        Files.delete(directory.resolve("nexus-20260101T000000.pem"));
        keys.refresh();
        assertThatThrownBy(() -> decoder.decode(oldToken)).hasMessageContaining("Signed JWT rejected");
    }

    @Test
    void aKeyAnotherReplicaAddedVerifiesAtOnceWithoutWaitingForTheRefresh() throws Exception {
        Files.writeString(directory.resolve("a.pem"), pem());
        var here = fromDirectory();
        var decoder = configuration.jwtDecoder(here, properties);

        Files.writeString(directory.resolve("b.pem"), pem());
        var otherReplica = fromDirectory();
        var token = tokenSignedBy(otherReplica);
        assertThat(otherReplica.signingKey().getKeyID()).isEqualTo("b");
        assertThat(here.publicKeys().getKeys()).hasSize(1);

        // The token names key "b", unknown here: the keys are read again, and it verifies.
        assertThat(decoder.decode(token).getSubject()).isEqualTo("someone");
        assertThat(here.publicKeys().getKeys()).hasSize(2);
    }

    @Test
    void aNewKeyIsPublishedBeforeItSigns() {
        var now = Instant.parse("2026-11-01T12:00:00Z");
        var current = RsaKeys.fromPkcs8(RsaKeys.generate().getPrivate().getEncoded(), "current", "test");
        var next = RsaKeys.fromPkcs8(RsaKeys.generate().getPrivate().getEncoded(), "next", "test");
        var verifyOnly = RsaKeys.fromPublic(RsaKeys.generate().getPublic().getEncoded(), "sealed-under-another-key");
        JwtKeySource source = new JwtKeySource() {
            @Override
            public List<JwtKey> load(Instant at) {
                return List.of(
                        new JwtKey(current, now.minus(Duration.ofDays(30))),
                        new JwtKey(verifyOnly, now.minus(Duration.ofDays(1))),
                        new JwtKey(next, now.plus(Duration.ofMinutes(10))));
            }

            @Override
            public String describe() {
                return "test";
            }
        };
        var before = new JwtKeys(source, Clock.fixed(now, ZoneOffset.UTC));
        var after = new JwtKeys(source, Clock.fixed(now.plus(Duration.ofMinutes(10)), ZoneOffset.UTC));

        assertThat(before.publicKeys().getKeys()).extracting(k -> k.getKeyID()).contains("next");
        // A key whose private part this replica cannot open verifies, but never signs here.
        assertThat(before.signingKey().getKeyID()).isEqualTo("current");
        assertThat(after.signingKey().getKeyID()).isEqualTo("next");
        assertThat(after.signingKey()).isInstanceOf(RSAKey.class);
    }
}
