package org.projectnexus.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.projectnexus.support.GraphQl;
import org.projectnexus.support.TestMembers;
import tools.jackson.databind.JsonNode;

/** Every query of the schema, with the data it must give and the rules it must keep. */
class GraphQlQueryTests extends GraphQlTest {

    private static List<String> titles(JsonNode connection) {
        var titles = new ArrayList<String>();
        connection
                .get("edges")
                .forEach(edge -> titles.add(edge.get("node").get("title").asString()));
        return titles;
    }

    @Test
    void meIsTheSignedInMemberWithTheirEmailAndNullForAnonymousCallers() {
        var ada = member("q-me");
        var me = ada.graphql().data("{ me { handle displayName track cohort email roles suspended joinedAt } }");
        assertThat(me.get("me").get("handle").asString()).isEqualTo(ada.handle());
        assertThat(me.get("me").get("email").asString()).isEqualTo(ada.handle() + "@example.org");
        assertThat(me.get("me").get("track").asString()).isEqualTo("BACKEND");
        assertThat(me.get("me").get("roles").get(0).asString()).isEqualTo("LEARNER");
        assertThat(me.get("me").get("suspended").asBoolean()).isFalse();
        assertThat(me.get("me").get("joinedAt").asString()).endsWith("Z");

        var anonymous = anonymous().send("{ me { handle } }", Map.of()).json();
        assertThat(anonymous.has("errors")).isFalse();
        assertThat(anonymous.get("data").get("me").isNull()).isTrue();
    }

    @Test
    void aMemberWithProfileCountsEntriesAndHub() {
        var ada = member("q-member");
        var fan = member("q-fan");
        ada.rest()
                .send(
                        "PATCH",
                        "/api/v1/me",
                        "application/json",
                        "{\"bio\":\"Backend learner\",\"githubUrl\":\"https://github.com/ada\"}");
        entry(ada, "LEARNING", "Celery basics", "Queues and workers", "Celery");
        entry(ada, "CHALLENGE", "Retries lost", "Tasks vanish", "Celery", "RabbitMQ");
        var draft = ada.graphql()
                .data(
                        "mutation { createEntry(input: {kind: GOAL, title: \"Learn Kafka\", visibility: DRAFT}) { id } }");
        fan.graphql().data("mutation { followMember(handle: \"" + ada.handle() + "\") }");

        var query = """
                query($handle: String!) { member(handle: $handle) {
                  handle bio githubUrl email followers following
                  entries(first: 10) { edges { node { title kind } } }
                  hub { counts { kind count } technologies { slug } sections { kind entries { title } } } } }""";
        var seenByFan =
                fan.graphql().data(query, Map.of("handle", ada.handle())).get("member");
        assertThat(seenByFan.get("bio").asString()).isEqualTo("Backend learner");
        assertThat(seenByFan.get("githubUrl").asString()).isEqualTo("https://github.com/ada");
        assertThat(seenByFan.get("email").isNull())
                .as("only members see their own email")
                .isTrue();
        assertThat(seenByFan.get("followers").asInt()).isEqualTo(1);
        assertThat(seenByFan.get("following").asInt()).isZero();
        assertThat(titles(seenByFan.get("entries"))).containsExactly("Retries lost", "Celery basics");
        assertThat(seenByFan.get("hub").get("counts").toString())
                .contains("{\"kind\":\"LEARNING\",\"count\":1}", "{\"kind\":\"CHALLENGE\",\"count\":1}")
                .doesNotContain("GOAL");
        assertThat(seenByFan.get("hub").get("technologies").toString()).contains("celery", "rabbitmq");

        var seenByAda =
                ada.graphql().data(query, Map.of("handle", ada.handle())).get("member");
        assertThat(seenByAda.get("email").asString()).isEqualTo(ada.handle() + "@example.org");
        assertThat(seenByAda.get("hub").get("counts").toString()).contains("{\"kind\":\"GOAL\",\"count\":1}");
        assertThat(draft.get("createEntry").get("id").asString()).isNotBlank();
        assertThat(fan.graphql()
                        .data("query($h: String!) { member(handle: $h) { following } }", Map.of("h", fan.handle()))
                        .get("member")
                        .get("following")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void theMemberDirectoryPagesByCursor() {
        var cohort = "gq-" + System.nanoTime();
        for (var name : List.of("dir-a", "dir-b", "dir-c")) {
            TestMembers.register(http(), TestMembers.uniqueHandle(name), "FRONTEND", cohort);
        }
        var query = """
                query($cohort: String, $after: String) { members(cohort: $cohort, track: FRONTEND, first: 2, after: $after) {
                  edges { cursor node { handle track } } pageInfo { hasNextPage hasPreviousPage endCursor } } }""";
        var first = anonymous().data(query, Map.of("cohort", cohort)).get("members");
        assertThat(first.get("edges").size()).isEqualTo(2);
        assertThat(first.get("pageInfo").get("hasNextPage").asBoolean()).isTrue();
        assertThat(first.get("pageInfo").get("hasPreviousPage").asBoolean()).isFalse();
        var after = first.get("pageInfo").get("endCursor").asString();
        assertThat(first.get("edges").get(1).get("cursor").asString()).isEqualTo(after);
        var second = anonymous()
                .data(query, Map.of("cohort", cohort, "after", after))
                .get("members");
        assertThat(second.get("edges").size()).isEqualTo(1);
        assertThat(second.get("pageInfo").get("hasNextPage").asBoolean()).isFalse();
        assertThat(second.get("pageInfo").get("hasPreviousPage").asBoolean()).isTrue();
        assertThat(second.get("edges").get(0).get("node").get("handle").asString())
                .isGreaterThan(
                        first.get("edges").get(1).get("node").get("handle").asString());
    }

    @Test
    void anEntryWithAuthorTechnologiesRevisionsCommentsReactionsAndSimilarOnes() {
        var ada = member("q-entry");
        var bob = member("q-reader");
        var id = entry(ada, "CHALLENGE", "Flaky Celery retries", "Retries **vanish** after a restart", "Celery");
        entry(ada, "CHALLENGE", "Celery retries twice", "Duplicate retries", "Celery");
        var version = ada.graphql()
                .data("query($id: ID!) { entry(id: $id) { version } }", Map.of("id", id))
                .get("entry")
                .get("version")
                .asInt();
        ada.graphql()
                .data(
                        "mutation($id: ID!, $v: Int!) { updateEntry(id: $id, version: $v, changes: {solution: \"acks_late\"}) { version } }",
                        Map.of("id", id, "v", version));
        bob.graphql()
                .data(
                        "mutation($id: ID!) { addComment(entryId: $id, body: \"Same *here*\") { id } react(entryId: $id, type: SAME_HERE) { sameHere } }",
                        Map.of("id", id));

        var entry = bob.graphql().data("""
                        query($id: ID!) { entry(id: $id) {
                          id kind title body bodyHtml solution solutionHtml visibility version views createdAt updatedAt
                          technologies { slug name category pending }
                          author { handle displayName track }
                          engagement { helpful sameHere comments acceptedCommentId acceptedEndorsed feedback { reviews } }
                          revisions { version savedAt savedBy }
                          comments(first: 10) { edges { cursor node { body bodyHtml author { handle track } deleted accepted } } pageInfo { hasNextPage } }
                          myReactions
                          similar(first: 5) { title } } }""", Map.of("id", id)).get("entry");
        assertThat(entry.get("kind").asString()).isEqualTo("CHALLENGE");
        assertThat(entry.get("bodyHtml").asString()).contains("<strong>vanish</strong>");
        assertThat(entry.get("solutionHtml").asString()).contains("acks_late");
        assertThat(entry.get("version").asInt()).isEqualTo(2);
        assertThat(entry.get("technologies").get(0).toString())
                .isEqualTo("{\"slug\":\"celery\",\"name\":\"Celery\",\"category\":\"MESSAGING\",\"pending\":false}");
        assertThat(entry.get("author").get("handle").asString()).isEqualTo(ada.handle());
        assertThat(entry.get("engagement").get("sameHere").asInt()).isEqualTo(1);
        assertThat(entry.get("engagement").get("comments").asInt()).isEqualTo(1);
        assertThat(entry.get("engagement").get("feedback").isNull()).isTrue();
        assertThat(entry.get("revisions").size()).isEqualTo(2);
        assertThat(entry.get("revisions").get(0).get("version").asInt()).isEqualTo(2);
        var comment = entry.get("comments").get("edges").get(0).get("node");
        assertThat(comment.get("bodyHtml").asString()).contains("<em>here</em>");
        assertThat(comment.get("author").get("handle").asString()).isEqualTo(bob.handle());
        assertThat(entry.get("myReactions").toString()).isEqualTo("[\"SAME_HERE\"]");
        assertThat(entry.get("similar").toString()).contains("Celery retries twice");

        // The same entry for someone else: no reactions of theirs.
        assertThat(anonymous()
                        .data("query($id: ID!) { entry(id: $id) { myReactions } }", Map.of("id", id))
                        .get("entry")
                        .get("myReactions")
                        .size())
                .isZero();
    }

    @Test
    void entriesAreFilteredAndPagedWithTheRestCursors() {
        var ada = member("q-list");
        var marker = "Zanzibar" + System.nanoTime();
        for (int i = 1; i <= 3; i++) {
            entry(ada, "PRACTICE", marker + " practice " + i, "Keep it small", "Docker");
        }
        entry(ada, "LEARNING", marker + " learning", "Not a practice", "Docker");
        var query = """
                query($filter: EntryFilter, $after: String) { entries(filter: $filter, first: 2, after: $after) {
                  edges { cursor node { title kind excerpt hasSolution technologies { slug } author { handle } } }
                  pageInfo { hasNextPage endCursor } } }""";
        var filter = Map.of("kind", "PRACTICE", "author", ada.handle(), "technology", "docker");
        var first = anonymous().data(query, Map.of("filter", filter)).get("entries");
        assertThat(titles(first)).containsExactly(marker + " practice 3", marker + " practice 2");
        var rest = http().get("/api/v1/entries?kind=PRACTICE&author=" + ada.handle() + "&technology=docker&limit=2")
                .json();
        assertThat(first.get("pageInfo").get("endCursor").asString())
                .isEqualTo(rest.get("nextCursor").asString());
        var second = anonymous()
                .data(
                        query,
                        Map.of(
                                "filter",
                                filter,
                                "after",
                                first.get("pageInfo").get("endCursor").asString()))
                .get("entries");
        assertThat(titles(second)).containsExactly(marker + " practice 1");
        assertThat(second.get("pageInfo").get("hasNextPage").asBoolean()).isFalse();

        // A cursor of one listing is refused by another, as in REST.
        var error = anonymous()
                .error(
                        query,
                        Map.of(
                                "filter",
                                Map.of("kind", "LEARNING"),
                                "after",
                                first.get("pageInfo").get("endCursor").asString()));
        assertThat(GraphQl.code(error)).isEqualTo("BAD_USER_INPUT");
        assertThat(error.get("message").asString()).contains("cursor");
    }

    @Test
    void technologiesAndOneTechnology() {
        var page = anonymous()
                .data("{ technologies(first: 3, category: DATABASE) { edges { node { slug name category aliases } }"
                        + " pageInfo { hasNextPage endCursor } } }")
                .get("technologies");
        assertThat(page.get("edges").size()).isEqualTo(3);
        page.get("edges")
                .forEach(edge ->
                        assertThat(edge.get("node").get("category").asString()).isEqualTo("DATABASE"));
        assertThat(page.get("pageInfo").get("hasNextPage").asBoolean()).isTrue();

        var postgres = anonymous()
                .data("{ technology(slug: \"postgresql\") { name aliases pending } }")
                .get("technology");
        assertThat(postgres.get("name").asString()).isEqualTo("PostgreSQL");
        assertThat(postgres.get("aliases").toString()).contains("Postgres");

        // Pending suggestions are for mentors and admins.
        var learner = member("q-tech");
        assertThat(GraphQl.code(learner.graphql().error("{ technologies(pending: true) { edges { cursor } } }")))
                .isEqualTo("FORBIDDEN");
        var mentor = member("q-mentor");
        makeMentor(mentor.handle());
        var suggestion = "Aaquixotic" + System.nanoTime();
        entry(learner, "LEARNING", "Tried Quixotic", "A new tool", suggestion);
        var pending = as(mentor.handle())
                .graphql()
                .data("{ technologies(pending: true, first: 100) { edges { node { slug pending } } } }")
                .get("technologies");
        assertThat(pending.toString()).contains("aaquixotic");
    }

    @Test
    void searchRanksHighlightsAndPagesLikeRest() {
        var ada = member("q-search");
        var word = "xylophone" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        entry(ada, "CHALLENGE", "Tuning the " + word, "The " + word + " was slow", "Redis");
        entry(ada, "LEARNING", "Caching notes", "Mention of " + word + " in passing", "Redis");
        var hits = anonymous().data("""
                        query($q: String!) { search(query: $q, filter: {technology: "redis"}, first: 10) {
                          edges { cursor node { score highlight { title body } entry { title author { handle } } } }
                          pageInfo { hasNextPage } } }""", Map.of("q", word)).get("search");
        assertThat(hits.get("edges").size()).isEqualTo(2);
        var best = hits.get("edges").get(0).get("node");
        assertThat(best.get("entry").get("title").asString()).isEqualTo("Tuning the " + word);
        assertThat(best.get("highlight").get("title").asString()).contains("<mark>" + word + "</mark>");
        assertThat(best.get("score").asDouble())
                .isGreaterThan(hits.get("edges").get(1).get("node").get("score").asDouble());

        var error = anonymous().error("{ search(query: \" \") { edges { cursor } } }");
        assertThat(GraphQl.code(error)).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void notificationsFeedAndBookmarksAreYours() {
        var ada = member("q-notified");
        var bob = member("q-notifier");
        bob.graphql()
                .data("mutation { followMember(handle: \"" + ada.handle()
                        + "\") followTechnology(slug: \"fastapi\") }");
        var id = entry(ada, "LEARNING", "FastAPI dependencies", "Depends() everywhere", "FastAPI");
        bob.graphql()
                .data(
                        "mutation($id: ID!) { addComment(entryId: $id, body: \"Nice\") { id } bookmark(entryId: $id) }",
                        Map.of("id", id));

        var mine = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> ada.graphql()
                                .data(
                                        "{ notifications(first: 10) { unread edges { cursor node { type title actor read entryId } } } }")
                                .get("notifications"),
                        n -> n.get("unread").asInt() >= 1);
        var node = mine.get("edges").get(0).get("node");
        assertThat(node.get("type").asString()).isEqualTo("COMMENT");
        assertThat(node.get("actor").asString()).isEqualTo(bob.handle());
        assertThat(node.get("entryId").asString()).isEqualTo(id);

        var feed = bob.graphql()
                .data("{ feed(first: 5) { edges { node { title } } } }")
                .get("feed");
        assertThat(titles(feed)).contains("FastAPI dependencies");
        var bookmarks = bob.graphql()
                .data("{ bookmarks { edges { cursor node { id title } } } }")
                .get("bookmarks");
        assertThat(titles(bookmarks)).containsExactly("FastAPI dependencies");
        assertThat(bookmarks.get("edges").get(0).get("cursor").asString()).isNotBlank();
    }
}
