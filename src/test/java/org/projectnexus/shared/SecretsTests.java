package org.projectnexus.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Sealing secrets with a configured key-encryption key (the database one is used by the app tests). */
class SecretsTests {

    private static String kek(int fill) {
        var bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) fill);
        return Base64.getEncoder().encodeToString(bytes);
    }

    // No database: with NEXUS_SECRETS_KEY set, sealing never reads one.
    private final Secrets secrets = new Secrets(null, kek(1));

    @Test
    void aSealedSecretOpensOnlyWithItsKeyAndContext() {
        var plain = "private key".getBytes(StandardCharsets.UTF_8);
        var sealed = secrets.seal(plain, "jwt-signing-key:a");

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("private key");
        assertThat(secrets.seal(plain, "jwt-signing-key:a")).isNotEqualTo(sealed); // a fresh IV each time
        assertThat(secrets.open(sealed, "jwt-signing-key:a")).hasValue(plain);
        // Another key-encryption key: not this replica's to open.
        assertThat(new Secrets(null, kek(2)).open(sealed, "jwt-signing-key:a")).isEmpty();
        // Moved to another row, or changed: refused.
        assertThatThrownBy(() -> secrets.open(sealed, "jwt-signing-key:b")).hasMessageContaining("tampered");
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> secrets.open(sealed, "jwt-signing-key:a")).hasMessageContaining("tampered");
        assertThat(secrets.keyEncryptionKeyConfigured()).isTrue();
    }

    @Test
    void aKeyEncryptionKeyThatIsNot32BytesOfBase64IsAStartupError() {
        assertThatThrownBy(() -> new Secrets(null, "c2hvcnQ=")).hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> new Secrets(null, "not base64!")).hasMessageContaining("NEXUS_SECRETS_KEY");
        assertThat(new Secrets(null, " ").keyEncryptionKeyConfigured()).isFalse();
    }
}
