package org.projectnexus.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.projectnexus.support.HttpProbe;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The development server ({@code ./mvnw spring-boot:run} sets {@code nexus.http.development-cors})
 * admits a frontend on any local port; {@code CorsTests} shows a production setup does not.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "nexus.http.development-cors=true")
class LocalCorsTests {

    @LocalServerPort
    int port;

    @Test
    void anyLocalOriginPassesPreflight() {
        for (var origin : new String[] {"http://localhost:5173", "http://localhost:3000", "http://127.0.0.1:4200"}) {
            var preflight = preflight(origin);
            assertThat(preflight.status()).as(origin).isEqualTo(200);
            assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(origin);
        }
    }

    @Test
    void otherOriginsStillAreRefused() {
        for (var origin : new String[] {"https://evil.example", "http://localhost.evil.example:5173"}) {
            var preflight = preflight(origin);
            assertThat(preflight.status()).as(origin).isEqualTo(403);
            assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
        }
    }

    @Test
    void theDevelopmentServerTurnsItOn() throws IOException {
        var pom = Files.readString(Path.of("pom.xml"));
        var plugin = pom.substring(pom.indexOf("<artifactId>spring-boot-maven-plugin</artifactId>"));
        plugin = plugin.substring(0, plugin.indexOf("</plugin>"));
        assertThat(plugin).contains("<nexus.http.development-cors>true</nexus.http.development-cors>");
    }

    private HttpProbe.Response preflight(String origin) {
        var http = new HttpProbe(port);
        return http.send(http.request(
                        "/api/v1/entries",
                        "Origin",
                        origin,
                        "Access-Control-Request-Method",
                        "POST",
                        "Access-Control-Request-Headers",
                        "authorization,content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .build());
    }
}
