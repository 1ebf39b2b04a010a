package org.projectnexus.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.projectnexus.support.ApiTest;
import org.projectnexus.support.TestMembers;

/**
 * The TypeScript client the build generates into {@code clients/typescript/src} compiles with its
 * usage example ({@code tsc}, strict), and the example — the one in the client's
 * README — signs in, lists entries and searches against a real server. Needs Node.js: skipped
 * without it, except under CI ({@code CI=true}), where that is a failure.
 */
class TypeScriptClientTests extends ApiTest {

    private static final Path CLIENT = Path.of("clients", "typescript");

    @Test
    void theReadmeShowsTheCheckedExample() throws IOException {
        var example = Files.readString(CLIENT.resolve("examples/quickstart.ts"));
        assertThat(Files.readString(CLIENT.resolve("README.md"))).contains(example);
    }

    @Test
    void compilesAndRunsTheQuickstartAgainstTheServer() throws Exception {
        assumeNode();
        assertThat(CLIENT.resolve("src/index.ts"))
                .as("the generated client; ./mvnw generate-resources writes it")
                .exists();
        if (!Files.exists(CLIENT.resolve("node_modules/typescript"))) {
            var install = run(List.of("npm", "install", "--no-audit", "--no-fund", "--ignore-scripts"), CLIENT);
            assertThat(install.exit()).as(install.output()).isZero();
        }
        var build = run(List.of("npm", "run", "build"), CLIENT);
        assertThat(build.exit())
                .as("tsc: the client and its example compile\n" + build.output())
                .isZero();

        var handle = TestMembers.uniqueHandle("ts");
        TestMembers.register(http(), handle, "BACKEND");
        var author = http().as(accessToken(handle));
        var entry = author.post(
                "/api/v1/entries",
                "{\"kind\":\"CHALLENGE\",\"title\":\"Celery retries pile up\",\"technologies\":[\"Celery\"]}");
        assertThat(entry.status()).as(entry.body()).isEqualTo(201);

        var compiled = Files.readString(CLIENT.resolve("dist/examples/quickstart.js"));
        var script = CLIENT.resolve("dist/examples/quickstart-test.js");
        Files.writeString(
                script,
                compiled.replace("http://localhost:8080", "http://localhost:" + port)
                        .replace("\"ada\"", "\"" + handle + "\"")
                        .replace("a long passphrase", TestMembers.PASSWORD));
        var quickstart = run(List.of("node", script.toString()), Path.of("."));
        assertThat(quickstart.exit()).as(quickstart.output()).isZero();
        assertThat(quickstart.output()).contains("CHALLENGE Celery retries pile up " + handle);
        assertThat(quickstart.output()).contains("<mark>Celery</mark> <mark>retries</mark>");
    }

    private record Result(int exit, String output) {}

    private static Result run(List<String> command, Path directory) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish: " + output);
        }
        return new Result(process.exitValue(), output);
    }

    private static void assumeNode() {
        try {
            var node = run(List.of("node", "--version"), Path.of("."));
            Assumptions.assumeTrue(node.exit() == 0, "node does not run");
        } catch (IOException | InterruptedException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError("Node.js is needed for the TypeScript client check under CI=true", e);
            }
            Assumptions.abort("Skipping: Node.js is not installed (" + e.getMessage() + ")");
        }
    }
}
