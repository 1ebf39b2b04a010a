package org.projectnexus.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.projectnexus.support.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.annotation.JsonCreator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectnexus.support.HttpProbe;
import org.projectnexus.support.TestMembers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HTTP platform of {@code api.md} over real HTTP: every error is {@code
 * application/problem+json} with a {@code requestId}, with the right status and a message a client
 * can act on; request ids are accepted or generated, echoed, and on the request's log lines.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "nexus.http.max-request-size=64KB")
@Import(HttpPlatformTests.ProbeController.class)
@ExtendWith(OutputCaptureExtension.class)
class HttpPlatformTests {

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @LocalServerPort
    int port;

    private static String token;

    /** Writes need a member: the error model is tested as a signed-in client sees it. */
    HttpProbe http() {
        var anonymous = new HttpProbe(port);
        if (token == null) {
            token = TestMembers.newLearnerToken(anonymous, "probe");
        }
        return anonymous.as(token);
    }

    @Test
    void unknownPathIs404Problem() {
        var response = http().get("/api/v1/does-not-exist");
        assertProblem(response, 404);
        assertThat(response.json().get("instance").asString()).isEqualTo("/api/v1/does-not-exist");
        assertThat(response.json().get("detail").asString())
                .isEqualTo("There is no endpoint GET /api/v1/does-not-exist; the API is described at /api/docs.");
    }

    @Test
    void unknownPathAskedForHtmlIsStillAProblemDocument() {
        var response = http().get("/api/v1/does-not-exist", "Accept", "text/html");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("<html");
        assertThat(response.body()).contains("\"requestId\"");
    }

    @Test
    void wrongMethodIs405WithAllowHeader() {
        var response = http().send("DELETE", "/api/v1/probe", null, "");
        assertProblem(response, 405);
        assertThat(response.header("Allow")).contains("GET", "POST");
    }

    @Test
    void wrongContentTypeIs415() {
        var response = http().send("POST", "/api/v1/probe", "text/plain", "title=x");
        assertProblem(response, 415);
        assertThat(response.json().get("detail").asString()).contains("text/plain");
    }

    @Test
    void malformedJsonIs400WithWhereItBroke() {
        var response = http().send("POST", "/api/v1/probe", "application/json", "{\"title\": \"x\",");
        assertProblem(response, 400);
        assertThat(response.json().get("detail").asString()).startsWith("The body is not valid JSON (line 1");
    }

    @Test
    void missingBodyIs400() {
        var response = http().send("POST", "/api/v1/probe", "application/json", "");
        assertProblem(response, 400);
        assertThat(response.json().get("detail").asString()).isEqualTo("The request body is missing.");
    }

    @Test
    void unknownEnumValueIs400NamingTheFieldAndTheChoices() {
        var response = http().send("POST", "/api/v1/probe", "application/json", "{\"title\":\"x\",\"kind\":\"POEM\"}");
        assertProblem(response, 400);
        assertThat(response.json().get("detail").asString())
                .isEqualTo("Field 'kind' has the invalid value 'POEM'; expected one of [LEARNING, CHALLENGE].");
    }

    @Test
    void wrongJsonTypeIs400NamingTheField() {
        var response = http().send("POST", "/api/v1/probe", "application/json", "{\"title\":\"x\",\"tags\":{\"a\":1}}");
        assertProblem(response, 400);
        assertThat(response.json().get("detail").asString()).contains("'tags'", "an array");
    }

    @Test
    void beanValidationIs422WithFieldErrors() {
        var response = http().send(
                        "POST", "/api/v1/probe", "application/json", "{\"title\":\"a title far longer than twenty\"}");
        assertProblem(response, 422);
        var errors = response.json().get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("field").asString()).isEqualTo("title");
        assertThat(errors.get(0).get("message").asString()).contains("between 0 and 20");
    }

    @Test
    void valueObjectRefusalIs422WithItsMessage() {
        var response =
                http().send("POST", "/api/v1/probe", "application/json", "{\"title\":\"x\",\"author\":\"No Way!\"}");
        assertProblem(response, 422);
        var error = response.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("author");
        assertThat(error.get("message").asString()).isEqualTo("must be 3 to 30 characters of a-z, 0-9, _ or -");
    }

    @Test
    void invalidQueryParametersAre400And422() {
        var notANumber = http().get("/api/v1/probe?limit=ten");
        assertProblem(notANumber, 400);
        assertThat(notANumber.json().get("detail").asString())
                .isEqualTo("Parameter 'limit' has the invalid value 'ten'; expected a number.");

        var tooLarge = http().get("/api/v1/probe?limit=1000");
        assertProblem(tooLarge, 422);
        assertThat(tooLarge.json().get("errors").get(0).get("field").asString()).isEqualTo("limit");
    }

    @Test
    void oversizedBodyIs413WhetherDeclaredOrStreamed() {
        var big = "{\"title\":\"" + "x".repeat(100_000) + "\"}";
        var declared = http().send("POST", "/api/v1/probe", "application/json", big);
        assertProblem(declared, 413);

        // No Content-Length: the limit is enforced while the body is read.
        var streamed = http().send(http().request("/api/v1/probe")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(big.getBytes())))
                .build());
        assertProblem(streamed, 413);
    }

    @Test
    void unexpectedFailureIs500WithoutInternals() {
        var response = http().get("/api/v1/probe/failure");
        assertProblem(response, 500);
        assertThat(response.body()).doesNotContain("postgres://", "secret", "IllegalState");
    }

    @Test
    void validRequestsStillWork() {
        var response =
                http().send("POST", "/api/v1/probe", "application/json", "{\"title\":\"ok\",\"kind\":\"LEARNING\"}");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("title").asString()).isEqualTo("ok");
    }

    @Test
    void requestIdFromTheCallerIsEchoedAndLogged(CapturedOutput output) {
        var response = http().send(
                        "POST",
                        "/api/v1/probe",
                        "application/json",
                        "{\"title\":\"ok\"}",
                        "X-Request-Id",
                        "client-req-42");
        assertThat(response.header("X-Request-Id")).isEqualTo("client-req-42");
        assertThat(output.getOut())
                .containsPattern("\\[client-req-42\\] .*probe note received")
                .containsPattern("\\[client-req-42\\] .*POST /api/v1/probe -> 200");
    }

    @Test
    void requestIdIsGeneratedWhenMissingOrUnfit() {
        var generated = http().get("/api/v1/probe");
        assertThat(generated.header("X-Request-Id")).matches(UUID);

        var unfit = http().get("/api/v1/probe", "X-Request-Id", "spaces and {braces}");
        assertThat(unfit.header("X-Request-Id")).matches(UUID);

        var problem = http().get("/api/v1/nothing-here", "X-Request-Id", "abc-123");
        assertThat(problem.json().get("requestId").asString()).isEqualTo("abc-123");
    }

    /**
     * A JSON endpoint that exists only in tests, shaped like the real ones (validated records, enums,
     * value objects checking themselves), to exercise the platform's error model before the feature
     * modules bring their own endpoints.
     */
    @RestController
    @RequestMapping("/api/v1/probe")
    @Validated
    static class ProbeController {

        private static final Logger log = LoggerFactory.getLogger(ProbeController.class);

        enum Kind {
            LEARNING,
            CHALLENGE
        }

        record Handle(String value) {
            @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
            Handle {
                if (value == null || !value.matches("[a-z0-9_-]{3,30}")) {
                    throw new IllegalArgumentException("must be 3 to 30 characters of a-z, 0-9, _ or -");
                }
            }
        }

        record Note(@NotBlank @Size(max = 20) String title, Kind kind, Handle author, List<String> tags) {}

        @PostMapping
        Map<String, Object> create(@Valid @RequestBody Note note) {
            log.info("probe note received");
            return Map.of("title", note.title());
        }

        @GetMapping
        Map<String, Object> list(@RequestParam(defaultValue = "20") @Max(100) int limit) {
            return Map.of("limit", limit);
        }

        @GetMapping("/failure")
        Map<String, Object> failure() {
            throw new IllegalStateException("connection string postgres://secret@db internal detail");
        }
    }
}
