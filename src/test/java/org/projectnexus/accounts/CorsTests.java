package org.projectnexus.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/** A frontend learner's app on a configured origin may call the API from the browser. */
class CorsTests extends AccountsWebTest {

    @Test
    void configuredOriginPassesPreflight() {
        var preflight = http().send(http().request(
                        "/api/v1/me",
                        "Origin",
                        "https://frontend.example",
                        "Access-Control-Request-Method",
                        "PATCH",
                        "Access-Control-Request-Headers",
                        "authorization,content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .build());
        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("https://frontend.example");
        assertThat(preflight.header("Access-Control-Allow-Methods")).contains("PATCH");
        assertThat(preflight.header("Access-Control-Allow-Headers")).containsIgnoringCase("authorization");
    }

    @Test
    void otherOriginsAreRefused() {
        var preflight = http().send(http().request(
                        "/api/v1/me", "Origin", "https://evil.example", "Access-Control-Request-Method", "GET")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .build());
        assertThat(preflight.status()).isEqualTo(403);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void localOriginsNeedTheDevelopmentServer() {
        var preflight = http().send(http().request(
                        "/api/v1/me", "Origin", "http://localhost:5173", "Access-Control-Request-Method", "GET")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .build());
        assertThat(preflight.status()).isEqualTo(403);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void actualResponsesExposeTheHeadersClientsNeed() {
        var response = http().get("/api/v1/members", "Origin", "https://frontend.example");
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("https://frontend.example");
        assertThat(response.header("Access-Control-Expose-Headers")).contains("Link", "X-Request-Id", "Retry-After");
    }
}
