package org.projectnexus.notifications;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.projectnexus.shared.Secrets;
import org.springframework.stereotype.Component;

/**
 * Signed unsubscribe tokens: the member id and an HMAC of it, so the link in an email turns that
 * member's emails off without signing in, and cannot be forged for another member.
 */
@Component
class Unsubscribe {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final Secrets secrets;

    Unsubscribe(Secrets secrets) {
        this.secrets = secrets;
    }

    String token(UUID memberId) {
        return memberId + "." + ENCODER.encodeToString(mac(memberId));
    }

    /** The member a token is for, if it is one of ours. */
    Optional<UUID> memberOf(String token) {
        if (token == null) {
            return Optional.empty();
        }
        var dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        try {
            var memberId = UUID.fromString(token.substring(0, dot));
            var given = DECODER.decode(token.substring(dot + 1));
            return MessageDigest.isEqual(given, mac(memberId)) ? Optional.of(memberId) : Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private byte[] mac(UUID memberId) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.get("unsubscribe-hmac", 32), "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(memberId.toString().getBytes(StandardCharsets.UTF_8)), 20);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
