package org.projectnexus.accounts;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.projectnexus.shared.ProblemException;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "qwertyuiop", "Password12", "PASSWORD12"})
    void commonPasswordsAreRefusedWhateverTheirCase(String password) {
        assertThatThrownBy(() -> policy.check(password, "alice", "alice@example.org"))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("most common");
    }

    @Test
    void lengthIsBoundedBothWays() {
        assertThatThrownBy(() -> policy.check("short pw", "alice", null)).hasMessageContaining("at least 10");
        assertThatThrownBy(() -> policy.check("x".repeat(129), "alice", null)).hasMessageContaining("at most 128");
        // Length counts characters, not UTF-16 units: ten emoji are ten characters.
        assertThatCode(() -> policy.check("🦊".repeat(10), "alice", null)).doesNotThrowAnyException();
    }

    @Test
    void theHandleOrEmailIsNoPassword() {
        assertThatThrownBy(() -> policy.check("alice-rocks-2026", "alice", null))
                .hasMessageContaining("handle");
        assertThatThrownBy(() -> policy.check("Alice@Example.org", "bob", "alice@example.org"))
                .hasMessageContaining("email");
    }

    @Test
    void aLongUncommonPassphrasePasses() {
        assertThatCode(() -> policy.check("correct horse battery staple", "alice", "alice@example.org"))
                .doesNotThrowAnyException();
    }
}
