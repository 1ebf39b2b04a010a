package org.projectnexus.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.projectnexus.shared.ProblemException;
import org.springframework.security.crypto.password.PasswordEncoder;

class BoundedPasswordEncoderTests {

    @Test
    void hashesBeyondTheBoundWaitThenGet503() throws Exception {
        var inside = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        PasswordEncoder slow = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                inside.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "hash";
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                return true;
            }
        };
        var bounded = new BoundedPasswordEncoder(slow, 1, Duration.ofMillis(200));
        var first = Thread.ofVirtual().start(() -> bounded.encode("a"));
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> bounded.matches("b", "hash"))
                .isInstanceOf(ProblemException.class)
                .satisfies(
                        e -> assertThat(((ProblemException) e).getStatusCode().value())
                                .isEqualTo(503));

        release.countDown();
        first.join();
        assertThat(bounded.matches("b", "hash")).isTrue();
    }
}
