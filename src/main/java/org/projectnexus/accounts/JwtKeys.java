package org.projectnexus.accounts;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RSA keys that sign and verify access tokens, read from a directory of PEM files. The file
 * name (without {@code .pem}) is the key id; the last one in name order signs, and every one
 * verifies and is published, which is how keys rotate without logging anybody out.
 */
final class JwtKeys {

    private static final Logger log = LoggerFactory.getLogger(JwtKeys.class);
    private static final DateTimeFormatter KEY_ID =
            DateTimeFormatter.ofPattern("'nexus-'yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC);

    private final List<RSAKey> keys;

    private JwtKeys(List<RSAKey> keys) {
        if (keys.isEmpty()) {
            throw new IllegalStateException("No JWT signing key");
        }
        this.keys = List.copyOf(keys);
    }

    static JwtKeys of(List<RSAKey> keys) {
        return new JwtKeys(keys);
    }

    /** Loads the keys of the directory, making one first if allowed and there is none. */
    static JwtKeys load(Path directory, boolean generateIfMissing) {
        try {
            var files = pemFiles(directory);
            if (files.isEmpty()) {
                if (!generateIfMissing) {
                    throw new IllegalStateException("No JWT signing key (*.pem) in " + directory.toAbsolutePath()
                            + " and nexus.accounts.jwt.generate-key is false");
                }
                var file = generate(directory, KEY_ID.format(Instant.now()));
                log.warn(
                        "Generated a new JWT signing key in {}: fine for a local run; in production mount your own keys"
                                + " there (NEXUS_ACCOUNTS_JWT_KEY_DIRECTORY)",
                        file.toAbsolutePath());
                files = pemFiles(directory);
            }
            var keys = new ArrayList<RSAKey>();
            for (var file : files) {
                keys.add(read(file));
            }
            return new JwtKeys(keys);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read JWT keys from " + directory.toAbsolutePath(), e);
        }
    }

    /** The key that signs new tokens. */
    RSAKey signingKey() {
        return keys.getLast();
    }

    /** Every key, private parts included (for the in-process signer and verifier). */
    JWKSet all() {
        return new JWKSet(new ArrayList<JWK>(keys));
    }

    /** What {@code /.well-known/jwks.json} publishes: public parts only. */
    JWKSet publicKeys() {
        return all().toPublicJWKSet();
    }

    static Path generate(Path directory, String keyId) throws IOException {
        Files.createDirectories(directory);
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            var pem = "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes())
                            .encodeToString(pair.getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n";
            var file = directory.resolve(keyId + ".pem");
            Files.writeString(file, pem);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the directory's ACLs apply.
            }
            return file;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation is not available", e);
        }
    }

    private static List<Path> pemFiles(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (var stream = Files.list(directory)) {
            return stream.filter(path -> path.getFileName().toString().endsWith(".pem"))
                    .sorted(Comparator.comparing(path -> path.getFileName().toString()))
                    .toList();
        }
    }

    private static RSAKey read(Path file) throws IOException {
        var pem = Files.readString(file);
        var base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        try {
            var factory = KeyFactory.getInstance("RSA");
            var privateKey = (RSAPrivateCrtKey) factory.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            var publicKey = (RSAPublicKey) factory.generatePublic(
                    new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            var name = file.getFileName().toString();
            return new RSAKey.Builder(publicKey)
                    .privateKey(privateKey)
                    .keyID(name.substring(0, name.length() - ".pem".length()))
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .build();
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException("Not an RSA private key in PKCS#8 PEM form: " + file.toAbsolutePath(), e);
        }
    }
}
