package org.projectnexus.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Random bearer secrets (refresh and personal access tokens) and their stored form. The secrets
 * carry 256 bits of entropy, so a plain SHA-256 is enough to store them: there is nothing to
 * brute-force, unlike passwords.
 */
final class OpaqueTokens {

    static final String PERSONAL_PREFIX = "nxp_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private OpaqueTokens() {}

    static String newSecret(String prefix) {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
