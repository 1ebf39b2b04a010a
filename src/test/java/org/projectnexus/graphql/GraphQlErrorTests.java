package org.projectnexus.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.projectnexus.support.ProblemAssertions.assertProblem;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectnexus.support.GraphQl;
import org.projectnexus.support.HttpProbe;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** What a client gets when a request goes wrong: a code to switch on, a message to act on, no internals. */
class GraphQlErrorTests extends GraphQlTest {

    @Test
    void syntaxAndSchemaMistakesAreBadUserInput() {
        var syntax = anonymous().error("{ entries(first: 2) { edges { node { title } }");
        assertThat(GraphQl.code(syntax)).isEqualTo("BAD_USER_INPUT");
        var unknownField = anonymous().error("{ entries { edges { node { password } } } }");
        assertThat(GraphQl.code(unknownField)).isEqualTo("BAD_USER_INPUT");
        assertThat(unknownField.get("message").asString()).contains("password");
        var pageSize = anonymous().error("{ entries(first: 101) { edges { cursor } } }");
        assertThat(GraphQl.code(pageSize)).isEqualTo("BAD_USER_INPUT");
        assertThat(pageSize.get("extensions").get("errors").get(0).get("field").asString())
                .isEqualTo("first");
        var cursor = anonymous().error("{ entries(after: \"forged.cursor\") { edges { cursor } } }");
        assertThat(GraphQl.code(cursor)).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void unknownThingsAreNotFound() {
        var missing = anonymous().error("{ entry(id: \"01a22677-8e06-72a3-87e3-88934ae3c419\") { id } }");
        assertThat(GraphQl.code(missing)).isEqualTo("NOT_FOUND");
        assertThat(missing.get("path").get(0).asString()).isEqualTo("entry");
        assertThat(GraphQl.code(anonymous().error("{ entry(id: \"junk\") { id } }")))
                .isEqualTo("NOT_FOUND");
        assertThat(GraphQl.code(anonymous().error("{ member(handle: \"no-such-member\") { handle } }")))
                .isEqualTo("NOT_FOUND");
        assertThat(GraphQl.code(anonymous().error("{ technology(slug: \"no-such-technology\") { name } }")))
                .isEqualTo("NOT_FOUND");
    }

    @Test
    void deepOrCostlyQueriesAreRefusedBeforeTheyRun() {
        entry(member("deep"), "LEARNING", "Something to list", "body");
        var deep = anonymous()
                .error("{ entries { edges { node { author { entries { edges { node { author { entries { edges {"
                        + " node { title } } } } } } } } } } } }");
        assertThat(GraphQl.code(deep)).isEqualTo("QUERY_TOO_COMPLEX");
        assertThat(deep.get("message").asString()).contains("depth");

        var costly = anonymous()
                .error("{ entries(first: 100) { edges { node { author { entries(first: 100) { edges { node {"
                        + " title } } } } } } } }");
        assertThat(GraphQl.code(costly)).isEqualTo("QUERY_TOO_COMPLEX");
        assertThat(costly.get("message").asString()).contains("complexity");

        // A big page of shallow items is fine.
        assertThat(anonymous()
                        .data("{ entries(first: 100) { edges { node { id title author { handle } } } } }")
                        .get("entries")
                        .get("edges")
                        .size())
                .isPositive();
    }

    @Test
    void longDocumentsAreRefusedUnread() {
        var query = "{ me { handle } }" + " ".repeat(20_001);
        var error = anonymous().error(query);
        assertThat(GraphQl.code(error)).isEqualTo("QUERY_TOO_LARGE");
        assertThat(error.get("message").asString()).contains("20000");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void unexpectedFailuresSayNothingInternalButTheRequestId(CapturedOutput log) {
        var response = anonymous().send("{ failingProbe }", Map.of(), "X-Request-Id", "gql-probe-1");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("db-internal", "pg_hba", "IllegalState", "Exception");
        var error = response.json().get("errors").get(0);
        assertThat(GraphQl.code(error)).isEqualTo("INTERNAL");
        assertThat(error.get("extensions").get("requestId").asString()).isEqualTo("gql-probe-1");
        assertThat(error.get("message").asString()).contains("requestId");
        // The operator finds the cause in the log, under the same request id.
        assertThat(log.getOut().lines().filter(line -> line.contains("gql-probe-1")))
                .anyMatch(line -> line.contains("IllegalStateException"));
        assertThat(log.getOut()).contains("db-internal-7");
    }

    @Test
    void httpMistakesAreProblemDocuments() {
        var http = http();
        assertProblem(http.get("/graphql"), 405);
        assertProblem(http.send("POST", "/graphql", "text/plain", "{ me { handle } }"), 415);
        assertProblem(http.send("POST", "/graphql", "application/json", "{not json"), 400);
        assertProblem(http.send("POST", "/graphql", "application/json", "{\"variables\":{}}"), 400);
        // A bad token is refused before GraphQL, as on REST.
        assertProblem(new GraphQl(http.as("not-a-token")).send("{ me { handle } }", Map.of()), 401);
    }

    @Test
    void introspectionWorksWhereConfigured() {
        var schema =
                anonymous().data("{ __schema { queryType { name } } __type(name: \"Entry\") { fields { name } } }");
        assertThat(schema.get("__schema").get("queryType").get("name").asString())
                .isEqualTo("Query");
        assertThat(schema.get("__type").get("fields").toString()).contains("comments", "revisions", "similar");
    }

    @Test
    void requestsCarryTheRateLimitHeadersOfRest() {
        HttpProbe.Response response = anonymous().send("{ technologies(first: 1) { edges { cursor } } }", Map.of());
        assertThat(response.header("RateLimit-Limit")).isNotBlank();
        assertThat(response.header("RateLimit-Remaining")).isNotBlank();
    }
}
