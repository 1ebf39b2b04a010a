package org.projectnexus.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.projectnexus.support.GraphQl;

/** Every mutation, through the same module services (and so the same rules) as REST. */
class GraphQlMutationTests extends GraphQlTest {

    private static final String ENTRY = "query($id: ID!) { entry(id: $id) { title version solution visibility"
            + " technologies { slug } engagement { helpful insightful sameHere comments acceptedCommentId acceptedEndorsed } } }";

    @Test
    void createUpdateAndDeleteAnEntry() {
        var ada = member("m-entry");
        var created = ada.graphql()
                .data(
                        """
                        mutation($input: EntryInput!) { createEntry(input: $input) {
                          id kind title language version visibility technologies { slug pending } author { handle } } }""",
                        Map.of(
                                "input",
                                Map.of(
                                        "kind", "SNIPPET",
                                        "title", "Retry decorator",
                                        "body", "```python\n@retry\n```",
                                        "language", "python",
                                        "technologies", List.of("py", "Postgres"),
                                        "visibility", "DRAFT")))
                .get("createEntry");
        var id = created.get("id").asString();
        assertThat(created.get("version").asInt()).isEqualTo(1);
        assertThat(created.get("technologies").toString()).contains("python", "postgresql");
        assertThat(created.get("author").get("handle").asString()).isEqualTo(ada.handle());
        // A draft is its author's alone.
        assertThat(GraphQl.code(anonymous().error(ENTRY, Map.of("id", id)))).isEqualTo("NOT_FOUND");

        var updated = ada.graphql().data("""
                        mutation($id: ID!) { updateEntry(id: $id, version: 1, changes: {title: "Retry decorator v2", visibility: PUBLIC}) {
                          title version visibility language } }""", Map.of("id", id)).get("updateEntry");
        assertThat(updated.get("version").asInt()).isEqualTo(2);
        assertThat(updated.get("visibility").asString()).isEqualTo("PUBLIC");
        assertThat(updated.get("language").asString())
                .as("fields not given stay")
                .isEqualTo("python");
        assertThat(anonymous()
                        .data(ENTRY, Map.of("id", id))
                        .get("entry")
                        .get("title")
                        .asString())
                .isEqualTo("Retry decorator v2");
        // The REST view agrees: the same service wrote it, with a revision per save.
        assertThat(http().get("/api/v1/entries/" + id + "/revisions").json().size())
                .isEqualTo(2);

        // A stale version is a conflict, and nothing changes.
        var stale = ada.graphql()
                .error(
                        "mutation($id: ID!) { updateEntry(id: $id, version: 1, changes: {title: \"lost\"}) { version } }",
                        Map.of("id", id));
        assertThat(GraphQl.code(stale)).isEqualTo("CONFLICT");
        assertThat(stale.get("message").asString()).contains("version 2");
        assertThat(anonymous()
                        .data(ENTRY, Map.of("id", id))
                        .get("entry")
                        .get("version")
                        .asInt())
                .isEqualTo(2);

        // Someone else's entry is not theirs to change.
        var bob = member("m-other");
        assertThat(GraphQl.code(bob.graphql().error("mutation($id: ID!) { deleteEntry(id: $id) }", Map.of("id", id))))
                .isEqualTo("FORBIDDEN");
        assertThat(GraphQl.code(ada.graphql()
                        .error("mutation($id: ID!) { deleteEntry(id: $id, version: 1) }", Map.of("id", id))))
                .isEqualTo("CONFLICT");
        assertThat(ada.graphql()
                        .data("mutation($id: ID!) { deleteEntry(id: $id, version: 2) }", Map.of("id", id))
                        .get("deleteEntry")
                        .asBoolean())
                .isTrue();
        assertThat(GraphQl.code(anonymous().error(ENTRY, Map.of("id", id)))).isEqualTo("NOT_FOUND");
    }

    @Test
    void invalidInputNamesEveryFieldAtFault() {
        var ada = member("m-invalid");
        var error = ada.graphql()
                .error(
                        "mutation($input: EntryInput!) { createEntry(input: $input) { id } }",
                        Map.of(
                                "input",
                                Map.of(
                                        "kind", "PROJECT",
                                        "title", " ",
                                        "project", Map.of("demoUrl", "ftp://example.org"))));
        assertThat(GraphQl.code(error)).isEqualTo("BAD_USER_INPUT");
        assertThat(error.get("extensions").get("errors").toString())
                .contains("{\"field\":\"title\",\"message\":\"must not be blank\"}")
                .contains("{\"field\":\"project.demoUrl\",\"message\":\"must be an http(s) link\"}");

        // Rules of the service: a snippet needs its language.
        var snippet =
                ada.graphql().error("mutation { createEntry(input: {kind: SNIPPET, title: \"No language\"}) { id } }");
        assertThat(GraphQl.code(snippet)).isEqualTo("BAD_USER_INPUT");
        assertThat(snippet.get("extensions").get("errors").get(0).get("field").asString())
                .isEqualTo("language");

        // Types the schema knows: an unknown enum value never reaches a resolver.
        var kind = ada.graphql().error("mutation { createEntry(input: {kind: ESSAY, title: \"x\"}) { id } }");
        assertThat(GraphQl.code(kind)).isEqualTo("BAD_USER_INPUT");
        var since = ada.graphql()
                .error(
                        "query($f: EntryFilter) { entries(filter: $f) { edges { cursor } } }",
                        Map.of("f", Map.of("since", "yesterday")));
        assertThat(GraphQl.code(since)).isEqualTo("BAD_USER_INPUT");
        assertThat(since.get("message").asString()).contains("ISO-8601");
    }

    @Test
    void commentsThreadsEditsDeletesAndTheAcceptedSolution() {
        var ada = member("m-comments");
        var bob = member("m-commenter");
        var carol = member("m-bystander");
        var id = entry(ada, "CHALLENGE", "Workers hang", "After deploys", "Celery");

        var top = bob.graphql()
                .data(
                        "mutation($id: ID!) { addComment(entryId: $id, body: \"Set **visibility_timeout**\") { id parentId bodyHtml author { handle } } }",
                        Map.of("id", id))
                .get("addComment");
        assertThat(top.get("bodyHtml").asString()).contains("<strong>visibility_timeout</strong>");
        var topId = top.get("id").asString();
        var reply = ada.graphql()
                .data(
                        "mutation($id: ID!, $p: ID) { addComment(entryId: $id, body: \"Which value?\", parentId: $p) { id parentId } }",
                        Map.of("id", id, "p", topId))
                .get("addComment");
        assertThat(reply.get("parentId").asString()).isEqualTo(topId);

        assertThat(GraphQl.code(carol.graphql()
                        .error(
                                "mutation($c: ID!) { editComment(id: $c, body: \"hijacked\") { id } }",
                                Map.of("c", topId))))
                .isEqualTo("FORBIDDEN");
        var edited = bob.graphql()
                .data(
                        "mutation($c: ID!) { editComment(id: $c, body: \"Set visibility_timeout=3600\") { body version } }",
                        Map.of("c", topId))
                .get("editComment");
        assertThat(edited.get("version").asInt()).isEqualTo(2);

        assertThat(GraphQl.code(carol.graphql()
                        .error(
                                "mutation($id: ID!, $c: ID!) { acceptSolution(entryId: $id, commentId: $c) { acceptedCommentId } }",
                                Map.of("id", id, "c", topId))))
                .isEqualTo("FORBIDDEN");
        var accepted = ada.graphql()
                .data(
                        "mutation($id: ID!, $c: ID!) { acceptSolution(entryId: $id, commentId: $c) { acceptedCommentId acceptedEndorsed comments } }",
                        Map.of("id", id, "c", topId))
                .get("acceptSolution");
        assertThat(accepted.get("acceptedCommentId").asString()).isEqualTo(topId);
        assertThat(accepted.get("acceptedEndorsed").asBoolean()).isFalse();
        assertThat(accepted.get("comments").asInt()).isEqualTo(2);

        // Deleting the reply keeps its place in the thread, without text.
        assertThat(ada.graphql()
                        .data(
                                "mutation($c: ID!) { deleteComment(id: $c) }",
                                Map.of("c", reply.get("id").asString()))
                        .get("deleteComment")
                        .asBoolean())
                .isTrue();
        var thread = anonymous()
                .data(
                        "query($id: ID!) { entry(id: $id) { comments { edges { node { id body deleted accepted } } } } }",
                        Map.of("id", id))
                .get("entry")
                .get("comments")
                .get("edges");
        assertThat(thread.size()).isEqualTo(2);
        assertThat(thread.get(0).get("node").get("accepted").asBoolean()).isTrue();
        assertThat(thread.get(1).get("node").get("deleted").asBoolean()).isTrue();
        assertThat(thread.get(1).get("node").get("body").isNull()).isTrue();
    }

    @Test
    void reactionsAreIdempotentAndFollowTheirRules() {
        var ada = member("m-react");
        var bob = member("m-reactor");
        var challenge = entry(ada, "CHALLENGE", "Redis evictions", "Keys disappear", "Redis");
        var practice = entry(ada, "PRACTICE", "Name your keys", "prefix:id", "Redis");
        var react = "mutation($id: ID!, $t: ReactionType!) { react(entryId: $id, type: $t) { helpful sameHere } }";

        for (int i = 0; i < 2; i++) {
            var engagement = bob.graphql()
                    .data(react, Map.of("id", challenge, "t", "SAME_HERE"))
                    .get("react");
            assertThat(engagement.get("sameHere").asInt()).isEqualTo(1);
        }
        bob.graphql().data(react, Map.of("id", challenge, "t", "HELPFUL"));
        var after = bob.graphql()
                .data(
                        "mutation($id: ID!) { unreact(entryId: $id, type: HELPFUL) { helpful sameHere } }",
                        Map.of("id", challenge))
                .get("unreact");
        assertThat(after.get("helpful").asInt()).isZero();
        assertThat(after.get("sameHere").asInt()).isEqualTo(1);

        var notAChallenge = bob.graphql().error(react, Map.of("id", practice, "t", "SAME_HERE"));
        assertThat(GraphQl.code(notAChallenge)).isEqualTo("BAD_USER_INPUT");
        assertThat(notAChallenge.get("message").asString()).contains("CHALLENGE");
        assertThat(GraphQl.code(ada.graphql().error(react, Map.of("id", challenge, "t", "HELPFUL"))))
                .as("not on your own entry")
                .isEqualTo("BAD_USER_INPUT");
        assertThat(anonymous()
                        .data(ENTRY, Map.of("id", challenge))
                        .get("entry")
                        .get("engagement")
                        .get("sameHere")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void bookmarksAndFollowsComeAndGo() {
        var ada = member("m-social");
        var bob = member("m-follower");
        var id = entry(ada, "LEARNING", "gRPC streams", "Server streaming", "gRPC");
        var bookmarks = "{ bookmarks { edges { node { id } } } }";

        bob.graphql().data("mutation($id: ID!) { bookmark(entryId: $id) }", Map.of("id", id));
        bob.graphql().data("mutation($id: ID!) { bookmark(entryId: $id) }", Map.of("id", id));
        assertThat(bob.graphql().data(bookmarks).get("bookmarks").get("edges").size())
                .isEqualTo(1);
        bob.graphql().data("mutation($id: ID!) { unbookmark(entryId: $id) }", Map.of("id", id));
        assertThat(bob.graphql().data(bookmarks).get("bookmarks").get("edges").size())
                .isZero();

        var count = "query($h: String!) { member(handle: $h) { followers } }";
        bob.graphql().data("mutation($h: String!) { followMember(handle: $h) }", Map.of("h", ada.handle()));
        assertThat(anonymous()
                        .data(count, Map.of("h", ada.handle()))
                        .get("member")
                        .get("followers")
                        .asInt())
                .isEqualTo(1);
        bob.graphql().data("mutation($h: String!) { unfollowMember(handle: $h) }", Map.of("h", ada.handle()));
        assertThat(anonymous()
                        .data(count, Map.of("h", ada.handle()))
                        .get("member")
                        .get("followers")
                        .asInt())
                .isZero();
        assertThat(GraphQl.code(bob.graphql()
                        .error("mutation($h: String!) { followMember(handle: $h) }", Map.of("h", bob.handle()))))
                .isEqualTo("BAD_USER_INPUT");
        assertThat(GraphQl.code(bob.graphql().error("mutation { followMember(handle: \"nobody-at-all\") }")))
                .isEqualTo("NOT_FOUND");

        bob.graphql().data("mutation { followTechnology(slug: \"grpc\") }");
        var followed = bob.rest().get("/api/v1/me/following").json();
        assertThat(followed.get("technologies").toString()).contains("grpc");
        bob.graphql().data("mutation { unfollowTechnology(slug: \"grpc\") }");
        assertThat(bob.rest()
                        .get("/api/v1/me/following")
                        .json()
                        .get("technologies")
                        .size())
                .isZero();
        assertThat(GraphQl.code(bob.graphql().error("mutation { followTechnology(slug: \"no-such-tech-here\") }")))
                .isEqualTo("NOT_FOUND");
    }

    @Test
    void notificationsAreMarkedReadByIdOrAll() {
        var ada = member("m-read");
        var bob = member("m-writer");
        var id = entry(ada, "LEARNING", "Nginx caching", "proxy_cache", "Nginx");
        for (var body : List.of("first", "second", "third")) {
            bob.graphql()
                    .data(
                            "mutation($id: ID!, $b: String!) { addComment(entryId: $id, body: $b) { id } }",
                            Map.of("id", id, "b", body));
        }
        var list = "{ notifications { unread edges { node { id read } } } }";
        var notifications = Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(
                        () -> ada.graphql().data(list).get("notifications"),
                        n -> n.get("unread").asInt() == 3);
        var oneId = notifications.get("edges").get(0).get("node").get("id").asString();

        var unread = ada.graphql()
                .data("mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }", Map.of("ids", List.of(oneId)))
                .get("markNotificationsRead")
                .asInt();
        assertThat(unread).isEqualTo(2);
        assertThat(ada.graphql()
                        .data("{ notifications(unreadOnly: true) { edges { node { id } } } }")
                        .get("notifications")
                        .get("edges")
                        .size())
                .isEqualTo(2);
        assertThat(ada.graphql()
                        .data("mutation { markNotificationsRead(all: true) }")
                        .get("markNotificationsRead")
                        .asInt())
                .isZero();
        assertThat(GraphQl.code(ada.graphql().error("mutation { markNotificationsRead }")))
                .isEqualTo("BAD_USER_INPUT");
        // Another member's notification ids change nothing of theirs.
        assertThat(bob.graphql()
                        .data(
                                "mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }",
                                Map.of("ids", List.of(oneId)))
                        .get("markNotificationsRead")
                        .asInt())
                .isZero();
    }

    @Test
    void mutationsNeedATokenThatMayWrite() {
        var anonymousError = anonymous().error("mutation { followTechnology(slug: \"redis\") }");
        assertThat(GraphQl.code(anonymousError)).isEqualTo("UNAUTHENTICATED");
        assertThat(anonymousError.get("message").asString()).contains("Authorization: Bearer");

        var ada = member("m-scopes");
        var created = ada.rest().post("/api/v1/me/tokens", "{\"name\":\"reader\",\"scopes\":[\"READ\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var readOnly = new GraphQl(http().as(created.json().get("secret").asString()));
        assertThat(readOnly.data("{ me { handle } }").get("me").get("handle").asString())
                .isEqualTo(ada.handle());
        assertThat(GraphQl.code(readOnly.error("mutation { followTechnology(slug: \"redis\") }")))
                .isEqualTo("FORBIDDEN");
        assertThat(GraphQl.code(anonymous().error("{ notifications { unread } }")))
                .isEqualTo("UNAUTHENTICATED");
    }
}
