package org.projectnexus.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.projectnexus.support.OpenApiContract;
import org.projectnexus.support.observed.ObservedResponses;
import tools.jackson.databind.JsonNode;

/**
 * Runs after the whole test suite (failsafe, {@code verify} phase): every response the suite's
 * HTTP calls got from the REST API is documented in the OpenAPI contract — its status for that
 * operation and, for a problem document, its {@code type} among that status's examples. Requests
 * to paths the API does not have must have been answered 404 (or 405), and unsupported methods 405.
 */
class DocumentedResponsesIT {

    private record Observed(String method, String path, int status, String type) {}

    private record Template(String path, Pattern pattern, int literals) {}

    @Test
    void everyObservedResponseIsDocumented() throws IOException {
        var file = ObservedResponses.recorded();
        assertThat(file)
                .as("the responses recorded by the test suite: run ./mvnw verify, which runs the suite first")
                .isNotNull()
                .exists();
        var document = OpenApiContract.read(Files.readString(OpenApiContract.FILE));
        var templates = templates(document.get("paths"));
        var violations = new TreeSet<String>();
        var seen = new TreeSet<String>();
        var observations = Files.readAllLines(file).stream()
                .map(DocumentedResponsesIT::parse)
                .toList();
        for (var observed : observations) {
            if (observed.method().equals("OPTIONS") || observed.method().equals("HEAD")) {
                continue;
            }
            var template = match(templates, observed.path());
            var where = observed.method() + " " + template.map(Template::path).orElse(observed.path());
            var problem = check(document, template, observed);
            if (problem != null) {
                violations.add(where + " answered " + observed.status() + " " + observed.type() + ": " + problem);
            } else {
                seen.add(where);
            }
        }
        System.out.printf("%d responses observed; %d documented operations seen%n", observations.size(), seen.size());
        assertThat(observations).as("responses recorded in " + file).isNotEmpty();
        assertThat(violations)
                .as(
                        "responses the OpenAPI document (%s) does not describe; document them on the controller"
                                + " method (@ApiResponse, @ProblemResponse) and regenerate it",
                        OpenApiContract.FILE)
                .isEmpty();
    }

    private static String check(JsonNode document, Optional<Template> template, Observed observed) {
        if (template.isEmpty()) {
            // Unknown paths are 404; a test's own probe endpoint may answer 405 to another method (any
            // other answer of it is left out by the recorder); an instance without the api role
            // refuses every path alike.
            var refused = observed.status() == 503 && observed.type().endsWith(":api-role-not-running");
            var answered = observed.status() == 404 || observed.status() == 405;
            return answered || refused ? null : "no such path in the document";
        }
        var operation = document.get("paths")
                .get(template.get().path())
                .get(observed.method().toLowerCase());
        if (operation == null) {
            return observed.status() == 405 ? null : "no such operation in the document";
        }
        var response = operation.get("responses").get(String.valueOf(observed.status()));
        if (response == null) {
            return "status not documented";
        }
        if (observed.type().equals("-")) {
            return null;
        }
        var types = new ArrayList<String>();
        response.path("content")
                .path("application/problem+json")
                .path("examples")
                .forEach(example -> types.add(example.get("value").get("type").asString()));
        return types.contains(observed.type()) ? null : "problem type not documented (only " + types + ")";
    }

    private static List<Template> templates(JsonNode paths) {
        return paths.propertyNames().stream()
                .map(path -> new Template(
                        path,
                        Pattern.compile(Pattern.quote(path).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q")),
                        path.replaceAll("\\{[^}]+}", "").length()))
                .sorted(Comparator.comparingInt(Template::literals).reversed())
                .toList();
    }

    private static Optional<Template> match(List<Template> templates, String path) {
        return templates.stream()
                .filter(template -> template.pattern().matcher(path).matches())
                .findFirst();
    }

    private static Observed parse(String line) {
        var fields = line.split("\t", -1);
        return new Observed(fields[0], fields[1], Integer.parseInt(fields[2]), fields[3]);
    }
}
