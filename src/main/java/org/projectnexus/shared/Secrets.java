package org.projectnexus.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Server-side secrets the application makes for itself (cursor signing, unsubscribe links...):
 * generated on first use and kept in the database, so every replica and every restart shares them,
 * and none ever sits in the repository or in configuration.
 *
 * <p>Secrets that other modules store themselves (JWT private keys) are sealed here first:
 * AES-256-GCM under a key-encryption key, which is {@code NEXUS_SECRETS_KEY} when given (base64 of
 * 32 bytes, kept outside the database) or else one generated into {@code nexus_secret}, which
 * then protects them no better than access to the database does.
 */
@Component
public class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte FORMAT = 1;
    private static final int KEY_ID_BYTES = 8;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final JdbcClient jdbc;
    private final byte[] configuredKek;
    private final ConcurrentMap<String, byte[]> cache = new ConcurrentHashMap<>();

    Secrets(JdbcClient jdbc, @Value("${nexus.secrets.key:}") String keyEncryptionKey) {
        this.jdbc = jdbc;
        this.configuredKek = decodeKek(keyEncryptionKey);
    }

    /** The secret of this name, made (with the given length) if it does not exist yet. */
    public byte[] get(String name, int lengthInBytes) {
        return cache.computeIfAbsent(name, key -> load(key, lengthInBytes)).clone();
    }

    /**
     * Encrypts a secret for storage. {@code context} names what it is (a key id, say): the sealed
     * bytes open only with the same context, so they cannot be moved to another row.
     */
    public byte[] seal(byte[] plaintext, String context) {
        var kek = kek();
        var iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        var ciphertext = crypt(Cipher.ENCRYPT_MODE, kek, iv, context, plaintext);
        return ByteBuffer.allocate(1 + KEY_ID_BYTES + IV_BYTES + ciphertext.length)
                .put(FORMAT)
                .put(keyId(kek))
                .put(iv)
                .put(ciphertext)
                .array();
    }

    /**
     * Decrypts what {@link #seal} made; empty when it was sealed under another key-encryption key
     * (a replica configured differently), so the caller can leave it to the replicas that can.
     *
     * @throws IllegalStateException if the bytes were tampered with or are not sealed secrets
     */
    public Optional<byte[]> open(byte[] sealed, String context) {
        if (sealed.length < 1 + KEY_ID_BYTES + IV_BYTES || sealed[0] != FORMAT) {
            throw new IllegalStateException("Not a sealed secret (" + context + ")");
        }
        var kek = kek();
        if (!MessageDigest.isEqual(Arrays.copyOfRange(sealed, 1, 1 + KEY_ID_BYTES), keyId(kek))) {
            return Optional.empty();
        }
        var iv = Arrays.copyOfRange(sealed, 1 + KEY_ID_BYTES, 1 + KEY_ID_BYTES + IV_BYTES);
        var ciphertext = Arrays.copyOfRange(sealed, 1 + KEY_ID_BYTES + IV_BYTES, sealed.length);
        return Optional.of(crypt(Cipher.DECRYPT_MODE, kek, iv, context, ciphertext));
    }

    /** Whether the key-encryption key comes from configuration rather than the database. */
    public boolean keyEncryptionKeyConfigured() {
        return configuredKek != null;
    }

    private byte[] kek() {
        return configuredKek != null ? configuredKek : get("key-encryption-key", 32);
    }

    private static byte[] crypt(int mode, byte[] kek, byte[] iv, String context, byte[] input) {
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("A sealed secret (" + context + ") does not verify: tampered with", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private static byte[] keyId(byte[] kek) {
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(kek), KEY_ID_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static byte[] decodeKek(String configured) {
        if (!StringUtils.hasText(configured)) {
            return null;
        }
        byte[] kek;
        try {
            kek = Base64.getDecoder().decode(configured.strip());
        } catch (IllegalArgumentException e) {
            kek = null;
        }
        if (kek == null || kek.length != 32) {
            throw new IllegalStateException("NEXUS_SECRETS_KEY must be 32 random bytes in base64"
                    + " (e.g. the output of `openssl rand -base64 32`)");
        }
        return kek;
    }

    private byte[] load(String name, int lengthInBytes) {
        var candidate = new byte[lengthInBytes];
        RANDOM.nextBytes(candidate);
        // Two replicas starting at once: the first insert wins and both read it back.
        jdbc.sql("insert into nexus_secret (name, value) values (:name, :value) on conflict (name) do nothing")
                .param("name", name)
                .param("value", candidate)
                .update();
        return jdbc.sql("select value from nexus_secret where name = :name")
                .param("name", name)
                .query(byte[].class)
                .single();
    }
}
