package org.projectnexus.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectnexus.support.HttpProbe;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** One setting ({@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs}) turns the logs into JSON lines. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.structured.format.console=ecs")
@ExtendWith(OutputCaptureExtension.class)
class StructuredLoggingTests {

    @LocalServerPort
    int port;

    @Test
    void logLinesAreJsonCarryingTheRequestId(CapturedOutput output) {
        new HttpProbe(port).get("/api/v1/nowhere", "X-Request-Id", "json-line-7");

        var json = JsonMapper.builder().build();
        var line = output.getOut()
                .lines()
                .filter(l -> l.contains("json-line-7"))
                .findFirst()
                .orElseThrow();
        var event = json.readTree(line);
        assertThat(event.get("requestId").asString()).isEqualTo("json-line-7");
        assertThat(event.get("message").asString()).matches("GET /api/v1/nowhere -> 404 in \\d+ ms");
        assertThat(event.get("log").get("level").asString()).isEqualTo("INFO");
    }
}
