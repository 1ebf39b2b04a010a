package org.projectnexus.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

/** Members made through the real API: register, then sign in. */
public final class TestMembers {

    public static final String PASSWORD = "correct horse battery staple";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestMembers() {}

    /** A unique handle for this test run. */
    public static String uniqueHandle(String prefix) {
        return (prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQUENCE.incrementAndGet())
                .toLowerCase();
    }

    public static void register(HttpProbe http, String handle, String track) {
        register(http, handle, track, "c1");
    }

    public static void register(HttpProbe http, String handle, String track, String cohort) {
        var body = "{\"handle\":\"%s\",\"email\":\"%s@example.org\",\"password\":\"%s\",\"displayName\":\"%s\","
                + "\"track\":\"%s\",\"cohort\":\"%s\"}";
        var response =
                http.post("/api/v1/auth/register", body.formatted(handle, handle, PASSWORD, handle, track, cohort));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    /** Signs in and returns the whole token response. */
    public static HttpProbe.Response login(HttpProbe http, String login, String password) {
        return http.post("/api/v1/auth/login", "{\"login\":\"%s\",\"password\":\"%s\"}".formatted(login, password));
    }

    /** Registers a new learner and returns an access token for them. */
    public static String newLearnerToken(HttpProbe http, String prefix) {
        var handle = uniqueHandle(prefix);
        register(http, handle, "BACKEND");
        var response = login(http, handle, PASSWORD);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("accessToken").asString();
    }
}
