package org.projectnexus.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** REST and GraphQL give the same answer for the same entry, listing and search. */
class GraphQlRestAgreementTests extends GraphQlTest {

    /** The fields of GET /entries/{id}, asked for in GraphQL. */
    private static final String ENTRY_FIELDS = """
            id kind title body bodyHtml solution solutionHtml language diagram { format caption }
            project { repositoryUrl demoUrl openApi } technologies { slug name category pending }
            author { handle displayName track cohort } visibility version views
            engagement { helpful insightful sameHere comments acceptedCommentId acceptedEndorsed
              feedback { reviews frontendReviews clarity consistency documentation errorHandling overall } }
            createdAt updatedAt""";

    /** The fields of an item of GET /entries and GET /search. */
    private static final String SUMMARY_FIELDS = """
            id kind title excerpt technologies { slug name category pending }
            author { handle displayName track cohort } visibility hasSolution views
            engagement { helpful insightful sameHere comments acceptedCommentId acceptedEndorsed
              feedback { reviews frontendReviews clarity consistency documentation errorHandling overall } }
            createdAt updatedAt""";

    /** GraphQL answers carry nulls; REST leaves them out. */
    private static JsonNode withoutNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            var copy = object.deepCopy();
            var names = new ArrayList<String>();
            copy.propertyNames().forEach(names::add);
            for (var name : names) {
                if (copy.get(name).isNull()) {
                    copy.remove(name);
                } else {
                    copy.set(name, withoutNulls(copy.get(name)));
                }
            }
            return copy;
        }
        if (node instanceof ArrayNode array) {
            var copy = array.deepCopy();
            for (int i = 0; i < copy.size(); i++) {
                copy.set(i, withoutNulls(copy.get(i)));
            }
            return copy;
        }
        return node;
    }

    @Test
    void theSameEntry() {
        var ada = member("agree-author");
        var bob = member("agree-reader");
        var id = entry(ada, "CHALLENGE", "Celery beat runs twice", "Two **schedulers** @" + bob.handle(), "Celery");
        ada.graphql()
                .data(
                        "mutation($id: ID!) { updateEntry(id: $id, version: 1, changes: {solution: \"One beat only\"}) { id } }",
                        Map.of("id", id));
        var comment = bob.graphql()
                .data("mutation($id: ID!) { addComment(entryId: $id, body: \"Use a lock\") { id } }", Map.of("id", id))
                .get("addComment")
                .get("id")
                .asString();
        bob.graphql()
                .data("mutation($id: ID!) { react(entryId: $id, type: SAME_HERE) { sameHere } }", Map.of("id", id));
        ada.graphql()
                .data(
                        "mutation($id: ID!, $c: ID!) { acceptSolution(entryId: $id, commentId: $c) { acceptedCommentId } }",
                        Map.of("id", id, "c", comment));
        var project = ada.graphql().data("""
                        mutation { createEntry(input: {kind: PROJECT, title: "Nexus API", body: "Capstone",
                          project: {repositoryUrl: "https://github.com/ada/nexus", openApi: "openapi: 3.1.0"},
                          technologies: ["Spring Boot"]}) { id } }""").get("createEntry").get("id").asString();
        bob.rest()
                .post(
                        "/api/v1/entries/" + project + "/feedback",
                        "{\"clarity\":4,\"consistency\":5,\"documentation\":3,\"errorHandling\":4,\"text\":\"Clear\"}");

        // Read as the author on both sides: their own reads count no views, so both see the same.
        for (var entryId : List.of(id, project)) {
            var rest = ada.rest().get("/api/v1/entries/" + entryId);
            assertThat(rest.status()).isEqualTo(200);
            var graphql = ada.graphql()
                    .data("query($id: ID!) { entry(id: $id) { " + ENTRY_FIELDS + " } }", Map.of("id", entryId))
                    .get("entry");
            assertThat(withoutNulls(graphql)).isEqualTo(rest.json());
            assertThat(rest.header("ETag"))
                    .isEqualTo("\"" + graphql.get("version").asInt() + "\"");
        }
    }

    @Test
    void theSameListingPages() {
        var ada = member("agree-lister");
        for (int i = 0; i < 5; i++) {
            entry(ada, "LEARNING", "Agreement note " + i, "Body " + i, "Docker", "AWS");
        }
        var restFirst = http().get("/api/v1/entries?author=" + ada.handle() + "&limit=3")
                .json();
        var query = "query($a: String!, $after: String) { entries(filter: {author: $a}, first: 3, after: $after) {"
                + " edges { node { " + SUMMARY_FIELDS + " } } pageInfo { hasNextPage endCursor } } }";
        var graphqlFirst = anonymous().data(query, Map.of("a", ada.handle())).get("entries");
        assertThat(nodes(graphqlFirst)).isEqualTo(restFirst.get("items"));
        assertThat(graphqlFirst.get("pageInfo").get("endCursor").asString())
                .isEqualTo(restFirst.get("nextCursor").asString());

        // Each API continues from the other's cursor.
        var restSecond = http().get("/api/v1/entries?author=" + ada.handle() + "&limit=3&cursor="
                        + graphqlFirst.get("pageInfo").get("endCursor").asString())
                .json();
        var graphqlSecond = anonymous()
                .data(
                        query,
                        Map.of(
                                "a",
                                ada.handle(),
                                "after",
                                restFirst.get("nextCursor").asString()))
                .get("entries");
        assertThat(nodes(graphqlSecond)).isEqualTo(restSecond.get("items"));
        assertThat(restSecond.get("nextCursor")).isNull();
        assertThat(graphqlSecond.get("pageInfo").get("hasNextPage").asBoolean()).isFalse();
    }

    @Test
    void theSameSearch() {
        var ada = member("agree-searcher");
        var word = "quokka" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        entry(ada, "CHALLENGE", "The " + word + " queue stalls", "A " + word + " problem", "RabbitMQ");
        entry(ada, "LEARNING", "Queues and " + word, "More on " + word, "RabbitMQ");
        entry(ada, "PRACTICE", "Name every " + word, "Only the body says " + word, "Redis");

        var rest = http().get("/api/v1/search?q=" + word + "&technology=rabbitmq&limit=1")
                .json();
        var query = "query($q: String!, $after: String) { search(query: $q, filter: {technology: \"rabbitmq\"},"
                + " first: 1, after: $after) { edges { cursor node { score highlight { title body } entry { "
                + SUMMARY_FIELDS + " } } } pageInfo { hasNextPage endCursor } } }";
        var graphql = anonymous().data(query, Map.of("q", word)).get("search");
        assertSameHits(graphql, rest);
        assertThat(graphql.get("pageInfo").get("endCursor").asString())
                .isEqualTo(rest.get("nextCursor").asString());

        var restNext = http().get("/api/v1/search?q=" + word + "&technology=rabbitmq&limit=1&cursor="
                        + rest.get("nextCursor").asString())
                .json();
        var graphqlNext = anonymous()
                .data(query, Map.of("q", word, "after", rest.get("nextCursor").asString()))
                .get("search");
        assertSameHits(graphqlNext, restNext);
        assertThat(graphqlNext.get("pageInfo").get("hasNextPage").asBoolean()).isFalse();
    }

    private static JsonNode nodes(JsonNode connection) {
        var items = new ArrayList<JsonNode>();
        connection.get("edges").forEach(edge -> items.add(withoutNulls(edge.get("node"))));
        return tools.jackson.databind.json.JsonMapper.builder().build().valueToTree(items);
    }

    /** Scores are floats: REST writes them as floats, GraphQL as doubles. */
    private static void assertSameHits(JsonNode connection, JsonNode restPage) {
        var hits = connection.get("edges");
        var items = restPage.get("items");
        assertThat(hits.size()).isEqualTo(items.size()).isPositive();
        for (int i = 0; i < items.size(); i++) {
            var hit = (ObjectNode) withoutNulls(hits.get(i).get("node"));
            var item = ((ObjectNode) items.get(i)).deepCopy();
            assertThat(hit.remove("score").asDouble())
                    .isCloseTo(item.remove("score").asDouble(), within(1e-5));
            assertThat(hit).isEqualTo(item);
        }
    }
}
