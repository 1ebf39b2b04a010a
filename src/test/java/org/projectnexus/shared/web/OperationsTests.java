package org.projectnexus.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.projectnexus.support.HttpProbe;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Health groups, metrics and the API documentation, as an operator and a client see them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OperationsTests {

    @LocalServerPort
    int port;

    @Test
    void readinessCoversTheDatabase() {
        var response = new HttpProbe(port).get("/actuator/health/readiness");
        assertThat(response.status()).isEqualTo(200);
        var json = response.json();
        assertThat(json.get("status").asString()).isEqualTo("UP");
        assertThat(json.get("components").get("db").get("status").asString()).isEqualTo("UP");
        assertThat(json.get("components").has("readinessState")).isTrue();
    }

    @Test
    void livenessDoesNotDependOnTheDatabase() {
        var json = new HttpProbe(port).get("/actuator/health/liveness").json();
        assertThat(json.get("status").asString()).isEqualTo("UP");
        assertThat(json.get("components").has("livenessState")).isTrue();
        assertThat(json.get("components").has("db")).isFalse();
    }

    @Test
    void healthHidesDetails() {
        var response = new HttpProbe(port).get("/actuator/health");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("jdbc:", "postgres", "details");
    }

    @Test
    void prometheusScrapesJvmAndHttpMetrics() {
        var http = new HttpProbe(port);
        http.get("/actuator/health");
        var response = http.get("/actuator/prometheus");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_memory_used_bytes", "hikaricp_connections", "http_server_requests");
    }

    @Test
    void openApiDocumentIsVersion31() {
        var response = new HttpProbe(port).get("/api/openapi.json");
        assertThat(response.status()).isEqualTo(200);
        var json = response.json();
        assertThat(json.get("openapi").asString()).startsWith("3.1");
        assertThat(json.get("info").get("title").asString()).isEqualTo("Project Nexus API");
    }

    @Test
    void swaggerUiIsServedAtApiDocs() {
        var http = new HttpProbe(port);
        var redirect = http.get("/api/docs");
        assertThat(redirect.status()).isEqualTo(302);
        var location = redirect.header("Location");
        assertThat(location).contains("swagger-ui");

        var page = http.get(location.replaceFirst("^https?://[^/]+", ""));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");

        var config = http.get("/api/openapi.json/swagger-config");
        assertThat(config.status()).isEqualTo(200);
        assertThat(config.json().get("url").asString()).isEqualTo("/api/openapi.json");
    }

    @Test
    void openApiDocumentsSecurityAndErrorsOfEveryOperation() {
        var paths = new HttpProbe(port).get("/api/openapi.json").json().get("paths");
        var me = paths.get("/api/v1/me").get("get");
        assertThat(me.get("security").toString()).contains("bearer");
        assertThat(me.get("responses").has("401")).isTrue();
        assertThat(me.get("responses").get("401").get("content").has("application/problem+json"))
                .isTrue();

        var login = paths.get("/api/v1/auth/login").get("post");
        assertThat(login.get("security").isEmpty()).as("no token needed").isTrue();
        assertThat(login.get("responses").has("429")).isTrue();
        assertThat(login.get("responses").has("422")).isTrue();

        assertThat(paths.get("/api/v1/members/{handle}")
                        .get("get")
                        .get("responses")
                        .has("404"))
                .isTrue();
        paths.properties()
                .forEach(path -> path.getValue()
                        .properties()
                        .forEach(operation -> assertThat(
                                        operation.getValue().get("responses").has("500"))
                                .as(operation.getKey() + " " + path.getKey())
                                .isTrue()));
    }

    @Test
    void everyResponseCarriesSecurityHeaders() {
        for (var path : new String[] {"/api/v1/members", "/api/v1/nothing-here", "/actuator/health"}) {
            var response = new HttpProbe(port).get(path);
            assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(response.header("Referrer-Policy")).as(path).isEqualTo("no-referrer");
            assertThat(response.header("Content-Security-Policy")).as(path).contains("frame-ancestors 'none'");
            assertThat(response.header("Cache-Control")).as(path).contains("no-store");
        }
    }
}
