package org.projectnexus.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.projectnexus.support.ApiTest;
import org.projectnexus.support.OpenApiContract;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document a frontend learner generates a client from: valid OpenAPI 3.1 by a real
 * validator, complete (statuses, problem types, examples, operation ids, tags, security) and the
 * same as the checked-in contract {@code clients/typescript/openapi.json}.
 */
class OpenApiDocumentTests extends ApiTest {

    private static final String PROBLEM = "application/problem+json";

    private JsonNode document() {
        var response = http().get("/api/openapi.json");
        assertThat(response.status()).isEqualTo(200);
        return OpenApiContract.normalize(response.json());
    }

    @Test
    void isValidOpenApi31() {
        var options = new ParseOptions();
        options.setResolve(true);
        var result = new OpenAPIV3Parser()
                .readContents(http().get("/api/openapi.json").body(), null, options);
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.1");
        assertThat(result.getMessages()).as("validation messages").isEmpty();
    }

    @Test
    void isTheCheckedInContract() throws IOException {
        var live = OpenApiContract.write(document());
        var file = OpenApiContract.FILE;
        if (Boolean.getBoolean("nexus.openapi.update")) {
            Files.writeString(file, live);
        }
        assertThat(Files.exists(file) ? Files.readString(file) : "")
                .as(
                        "%s is not the document the server serves: regenerate it with%n  %s%nand commit it "
                                + "(the TypeScript client is generated from it)",
                        file, OpenApiContract.REGENERATE)
                .isEqualTo(live);
    }

    @Test
    void leavesOutTheErrorPage() {
        assertThat(document().get("paths").has("/error")).isFalse();
    }

    @Test
    void operationIdsAreMeaningfulAndUnique() {
        var ids = new HashSet<String>();
        eachOperation((where, operation) -> {
            var id = operation.path("operationId").asString("");
            assertThat(id).as(where).matches("[a-z][a-zA-Z]+");
            assertThat(ids.add(id))
                    .as("%s: duplicate operationId %s", where, id)
                    .isTrue();
        });
    }

    @Test
    void everyOperationHasOneDeclaredTagAndExplicitSecurity() {
        var declared = new HashSet<String>();
        document().get("tags").forEach(tag -> {
            assertThat(tag.path("description").asString("")).as(tag.toString()).isNotBlank();
            declared.add(tag.get("name").asString());
        });
        eachOperation((where, operation) -> {
            assertThat(operation.get("tags")).as(where).hasSize(1);
            assertThat(declared).as(where).contains(operation.get("tags").get(0).asString());
            assertThat(operation.has("security")).as(where).isTrue();
        });
    }

    @Test
    void securityFollowsTheSecurityRules() {
        var paths = document().get("paths");
        assertThat(paths.get("/api/v1/me").get("get").get("security").toString())
                .isEqualTo("[{\"bearer\":[\"read\"]}]");
        assertThat(paths.get("/api/v1/entries").get("post").get("security").toString())
                .isEqualTo("[{\"bearer\":[\"write\"]}]");
        assertThat(paths.get("/api/v1/admin/audit-log")
                        .get("get")
                        .get("security")
                        .toString())
                .isEqualTo("[{\"bearer\":[\"admin\"]}]");
        assertThat(paths.get("/api/v1/entries/{id}").get("get").get("security").toString())
                .isEqualTo("[{},{\"bearer\":[]}]");
        assertThat(paths.get("/api/v1/members").get("get").get("security").toString())
                .isEqualTo("[]");
        assertThat(paths.get("/api/v1/auth/login").get("post").get("security").toString())
                .isEqualTo("[]");
        assertThat(paths.get("/api/v1/admin/audit-log")
                        .get("get")
                        .get("description")
                        .asString())
                .contains("Needs a token with the `admin` scope.", "role ADMIN");
    }

    @Test
    void documentsTheStatusesTheServerAnswers() {
        var paths = document().get("paths");
        assertThat(statuses(paths.get("/api/v1/entries").get("post"))).contains("201", "401", "403", "415", "422");
        assertThat(statuses(paths.get("/api/v1/entries/{id}").get("get"))).contains("200", "304", "404");
        assertThat(statuses(paths.get("/api/v1/entries/{id}").get("put"))).contains("200", "412", "428");
        assertThat(statuses(paths.get("/api/v1/entries/{id}").get("delete"))).contains("204");
        assertThat(statuses(paths.get("/api/v1/auth/register").get("post"))).contains("201", "409");
        assertThat(statuses(paths.get("/api/v1/imports").get("post"))).contains("202");
        assertThat(statuses(paths.get("/api/v1/entries/{id}").get("delete"))).doesNotContain("200");
        assertThat(paths.get("/api/v1/entries/{id}")
                        .get("delete")
                        .get("responses")
                        .get("204")
                        .has("content"))
                .isFalse();
    }

    @Test
    void everyRefusalNamesItsProblemTypes() {
        eachOperation((where, operation) -> operation
                .get("responses")
                .properties()
                .forEach(response -> {
                    var success = response.getKey().startsWith("2")
                            || response.getKey().equals("304");
                    var content = response.getValue().path("content");
                    if (success || !content.has(PROBLEM)) {
                        // Success, or a page for people (the unsubscribe link's): not a problem document.
                        assertThat(success || content.has("text/html"))
                                .as(where + " " + response.getKey())
                                .isTrue();
                        return;
                    }
                    var media = content.get(PROBLEM);
                    assertThat(media.get("schema").get("$ref").asString())
                            .as(where)
                            .isEqualTo("#/components/schemas/Problem");
                    assertThat(media.get("examples").properties()).as(where).isNotEmpty();
                    media.get("examples")
                            .forEach(example -> assertThat(
                                            example.get("value").get("type").asString())
                                    .as(where)
                                    .startsWith("urn:nexus:problem:"));
                }));
        assertThat(document().get("components").get("schemas").has("Problem")).isTrue();
    }

    @Test
    void requestAndResponseBodiesHaveExamples() {
        eachOperation((where, operation) -> {
            var bodies = new ArrayList<Map.Entry<String, JsonNode>>();
            bodies.addAll(operation.path("requestBody").path("content").properties());
            operation.get("responses").properties().stream()
                    .filter(response -> response.getKey().startsWith("2"))
                    .forEach(response ->
                            bodies.addAll(response.getValue().path("content").properties()));
            bodies.stream()
                    .filter(media -> media.getKey().contains("json"))
                    .forEach(media -> assertThat(media.getValue().has("example"))
                            .as(where + " " + media)
                            .isTrue());
        });
    }

    @Test
    void requiredParametersAndEnumsAreDocumented() {
        var search = document().get("paths").get("/api/v1/search").get("get");
        var q = parameter(search, "q");
        assertThat(q.get("required").asBoolean()).isTrue();
        assertThat(parameter(search, "kind").get("schema").get("enum").toString())
                .contains("LEARNING", "CHALLENGE");
        var entries = document().get("paths").get("/api/v1/entries").get("get");
        assertThat(parameter(entries, "sort").get("schema").get("enum").toString())
                .isEqualTo("[\"RECENT\",\"POPULAR\"]");
    }

    private static JsonNode parameter(JsonNode operation, String name) {
        for (var parameter : operation.get("parameters")) {
            if (parameter.get("name").asString().equals(name)) {
                return parameter;
            }
        }
        throw new AssertionError("no parameter " + name);
    }

    private static List<String> statuses(JsonNode operation) {
        return operation.get("responses").propertyNames().stream().toList();
    }

    private void eachOperation(BiConsumer<String, JsonNode> check) {
        document()
                .get("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .properties()
                        .forEach(operation -> check.accept(
                                operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue())));
    }
}
