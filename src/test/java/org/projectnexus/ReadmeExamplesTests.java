package org.projectnexus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.support.ApiTest;
import org.projectnexus.support.ReadmeExamples;
import org.projectnexus.support.TestMembers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every example of the README, run against a test server in the README's order: each curl line
 * as a shell runs it ({@code $TOKEN}, {@code {id}} and {@code localhost:8080} filled in) must
 * answer 2xx, and each GraphQL operation must answer without errors. Other commands must be
 * listed below with the test that covers them, so no example escapes.
 */
class ReadmeExamplesTests extends ApiTest {

    /** Commands the README shows that are not requests, and where they are checked. */
    private static final Map<String, String> ELSEWHERE = Map.of(
            "./mvnw", "the build itself (CI runs ./mvnw verify)",
            "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar target/project-nexus-*.jar import", "ImportCommandTests",
            "NEXUS_DATABASE_URL=", "DatabaseSelectionTests",
            "docker compose", "DeploymentFilesTests (no Docker engine here)",
            "openssl genpkey", "JwtKeysTests (PKCS#8 PEM keys)",
            "cd clients/typescript && npm install", "TypeScriptClientTests");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern STATUS = Pattern.compile("\\n?(\\d{3})$");

    @TempDir
    Path directory;

    private final Map<String, String> ids = new HashMap<>();
    private final Map<String, String> environment = new HashMap<>();
    private String handle;

    @Test
    void everyExampleWorks() throws Exception {
        var readme = Files.readString(Path.of("README.md"));
        handle = TestMembers.uniqueHandle("readme");
        Files.writeString(directory.resolve("README.md"), SAMPLE_README);
        var ran = new ArrayList<String>();
        for (var block : ReadmeExamples.blocks(readme, "bash")) {
            for (var command : ReadmeExamples.commands(block)) {
                if (command.startsWith("curl ")) {
                    curl(command);
                    ran.add(command);
                } else if (!command.matches("[A-Z_]+=…")) {
                    var words = command.replaceAll("\\s+", " ");
                    assertThat(ELSEWHERE.keySet().stream().anyMatch(words::startsWith))
                            .as("a README command this test neither runs nor knows to be checked elsewhere: " + command)
                            .isTrue();
                }
            }
        }
        for (var block : ReadmeExamples.blocks(readme, "graphql")) {
            graphQl(block);
        }
        assertThat(ran).as("curl examples run").hasSizeGreaterThanOrEqualTo(12);
    }

    private void curl(String command) throws IOException, InterruptedException {
        if (command.contains("/imports/{id}/commit")) {
            awaitPreview();
        }
        var line = substitute(command) + " -w '\\n%{http_code}'";
        var process = new ProcessBuilder("bash", "-c", line)
                .directory(directory.toFile())
                .redirectErrorStream(true);
        process.environment().putAll(environment);
        var running = process.start();
        var output = new String(running.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(running.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(running.exitValue()).as(line + "\n" + output).isZero();
        var status = STATUS.matcher(output);
        assertThat(status.find()).as(output).isTrue();
        assertThat(Integer.parseInt(status.group(1))).as(line + "\n" + output).isBetween(200, 299);
        remember(command, output.substring(0, status.start()));
    }

    /** What later examples refer to: the signed-in member's token, the import job's id. */
    private void remember(String command, String body) {
        if (command.contains("/auth/login")) {
            var token = JSON.readTree(body).get("accessToken").asString();
            environment.put("ACCESS_TOKEN", token);
            environment.put("TOKEN", token);
            var entry = http().as(token)
                    .post(
                            "/api/v1/entries",
                            "{\"kind\":\"CHALLENGE\",\"title\":\"Celery retries pile up\",\"technologies\":[\"celery\"]}");
            assertThat(entry.status()).as(entry.body()).isEqualTo(201);
            ids.put("entries", entry.json().get("id").asString());
        }
        if (command.endsWith("/api/v1/imports")) {
            ids.put("imports", JSON.readTree(body).get("id").asString());
        }
    }

    private String substitute(String command) {
        var text = command.replace("localhost:8080", "localhost:" + port)
                .replaceAll("\\bada\\b", handle)
                .replace("{handle}", handle);
        for (var collection : ids.entrySet()) {
            text = text.replace(
                    "/" + collection.getKey() + "/{id}", "/" + collection.getKey() + "/" + collection.getValue());
        }
        assertThat(text)
                .as("an example refers to an id no earlier example gave")
                .doesNotContain("{id}");
        return text;
    }

    private void awaitPreview() throws InterruptedException {
        var me = http().as(environment.get("TOKEN"));
        for (int i = 0; i < 100; i++) {
            var status = me.get("/api/v1/imports/" + ids.get("imports"))
                    .json()
                    .get("status")
                    .asString();
            if (status.equals("PREVIEW_READY")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the README's import never got to PREVIEW_READY");
    }

    /** Each operation of a GraphQL block, with the README's variables and ids filled in. */
    private void graphQl(String block) {
        for (var operation : operations(block)) {
            var query = operation.replace("\"…\"", "\"" + ids.get("entries") + "\"");
            var body = JSON.createObjectNode().put("query", query);
            body.putObject("variables").put("handle", handle);
            var response = http().as(environment.get("TOKEN")).post("/graphql", body.toString());
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            assertThat(response.json().has("errors"))
                    .as(query + "\n" + response.body())
                    .isFalse();
        }
    }

    private static List<String> operations(String block) {
        var operations = new ArrayList<String>();
        var current = new StringBuilder();
        var depth = 0;
        for (var c : block.toCharArray()) {
            current.append(c);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                operations.add(current.toString().strip());
                current.setLength(0);
            }
        }
        return operations;
    }

    private static final String SAMPLE_README = """
            # My ALX Project Nexus

            ## Key Technologies Covered

            - **Celery** - background tasks, retries with backoff
            - **Postgres** - indexes and full-text search

            ## Challenges Faced & Solutions Implemented

            | Challenge | Solution |
            |---|---|
            | Celery tasks ran twice after a worker restart | Idempotent tasks keyed by job id |
            """;
}
