package org.projectnexus.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.projectnexus.support.ProblemAssertions.assertProblem;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.projectnexus.support.HttpProbe;
import org.projectnexus.support.TestMembers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Brute force and floods end in 429 with the headers a client needs to back off. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "nexus.accounts.limits.login-per-account=3",
            "nexus.accounts.limits.login-per-account-period=PT3S",
            "nexus.http.rate-limit.member-requests=5",
            "nexus.http.rate-limit.period=PT1M"
        })
class RateLimitTests {

    @LocalServerPort
    int port;

    @Test
    void aBurstOfWrongPasswordsLocksTheAccountForAWhileOnly() {
        var http = new HttpProbe(port);
        var handle = TestMembers.uniqueHandle("brute");
        TestMembers.register(http, handle, "BACKEND");

        for (int i = 0; i < 3; i++) {
            assertProblem(TestMembers.login(http, handle, "wrong password " + i), 401);
        }
        var locked = TestMembers.login(http, handle, TestMembers.PASSWORD);
        assertProblem(locked, 429);
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 3L);
        assertThat(locked.header("RateLimit-Limit")).isEqualTo("3");
        assertThat(locked.header("RateLimit-Remaining")).isEqualTo("0");

        // An account that does not exist is limited the same way: the answer reveals nothing.
        var ghost = "ghost-" + handle;
        for (int i = 0; i < 3; i++) {
            assertProblem(TestMembers.login(http, ghost, "wrong password"), 401);
        }
        assertProblem(TestMembers.login(http, ghost, "wrong password"), 429);

        // After the window the right password works again.
        await().atMost(Duration.ofSeconds(6))
                .pollInterval(Duration.ofMillis(500))
                .until(() ->
                        TestMembers.login(http, handle, TestMembers.PASSWORD).status() == 200);
    }

    @Test
    void membersAreLimitedPerAccountAcrossTheApi() {
        var http = new HttpProbe(port);
        var token = TestMembers.newLearnerToken(http, "flood");
        var member = http.as(token);
        for (int i = 0; i < 5; i++) {
            // REST and GraphQL are one API: they draw on the same bucket.
            var ok = i % 2 == 0
                    ? member.get("/api/v1/me")
                    : member.post("/graphql", "{\"query\":\"{ me { handle } }\"}");
            assertThat(ok.status()).isEqualTo(200);
            assertThat(ok.header("RateLimit-Remaining")).isEqualTo(Integer.toString(4 - i));
        }
        var limited = member.get("/api/v1/me");
        assertProblem(limited, 429);
        assertProblem(member.post("/graphql", "{\"query\":\"{ me { handle } }\"}"), 429);
        assertThat(limited.header("Retry-After")).isNotBlank();
        assertThat(limited.json().get("retryAfterSeconds").asLong()).isPositive();
    }
}
