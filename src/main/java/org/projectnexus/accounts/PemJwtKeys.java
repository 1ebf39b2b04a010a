package org.projectnexus.accounts;

import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keys an operator provides: PEM text ({@code NEXUS_ACCOUNTS_JWT_KEYS}, key id = the key's
 * thumbprint) or a directory of {@code *.pem} files ({@code NEXUS_ACCOUNTS_JWT_KEY_DIRECTORY}, a
 * mounted secret; key id = file name). The last key signs, all verify; rotate by adding a newer
 * one, and remove the old one once the access tokens it signed have expired. A directory is read
 * again on every refresh, so a secret updated in place reaches running replicas.
 */
final class PemJwtKeys implements JwtKeySource {

    private final String text;
    private final Path directory;

    private PemJwtKeys(String text, Path directory) {
        this.text = text;
        this.directory = directory;
    }

    static PemJwtKeys text(String pem) {
        return new PemJwtKeys(pem, null);
    }

    static PemJwtKeys directory(Path directory) {
        return new PemJwtKeys(null, directory);
    }

    @Override
    public List<JwtKey> load(Instant now) {
        var keys = directory == null ? RsaKeys.fromPem(text, "NEXUS_ACCOUNTS_JWT_KEYS") : readDirectory();
        if (keys.isEmpty()) {
            throw new IllegalStateException("No JWT signing key (PKCS#8 PEM, BEGIN PRIVATE KEY) in " + describe());
        }
        // Order is all that matters: the last one is the newest.
        var ordered = new ArrayList<JwtKey>();
        for (int i = 0; i < keys.size(); i++) {
            ordered.add(new JwtKey(keys.get(i), Instant.EPOCH.plusSeconds(i)));
        }
        return ordered;
    }

    @Override
    public String describe() {
        return directory == null
                ? "NEXUS_ACCOUNTS_JWT_KEYS"
                : "the directory " + directory.toAbsolutePath() + " (NEXUS_ACCOUNTS_JWT_KEY_DIRECTORY)";
    }

    private List<RSAKey> readDirectory() {
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("NEXUS_ACCOUNTS_JWT_KEY_DIRECTORY " + directory.toAbsolutePath()
                    + " is not a directory; leave it unset to keep the keys in the database");
        }
        try (var stream = Files.list(directory)) {
            var files = stream.filter(path -> path.getFileName().toString().endsWith(".pem"))
                    .sorted(Comparator.comparing(path -> path.getFileName().toString()))
                    .toList();
            var keys = new ArrayList<RSAKey>();
            for (var file : files) {
                var name = file.getFileName().toString();
                var found = RsaKeys.fromPem(
                        Files.readString(file), file.toAbsolutePath().toString());
                if (found.size() != 1) {
                    throw new IllegalStateException("Expected one PKCS#8 private key in " + file.toAbsolutePath());
                }
                keys.add(new RSAKey.Builder(found.getFirst())
                        .keyID(name.substring(0, name.length() - ".pem".length()))
                        .build());
            }
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read JWT keys from " + directory.toAbsolutePath(), e);
        }
    }
}
