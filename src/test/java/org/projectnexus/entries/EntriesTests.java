package org.projectnexus.entries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.projectnexus.support.ProblemAssertions.assertProblem;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.projectnexus.support.ApiTest;
import org.projectnexus.support.HttpProbe;
import org.projectnexus.support.TestMembers;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Entries over the real API: writing, reading, drafts, revisions, ETags and ownership. */
class EntriesTests extends ApiTest {

    @Autowired
    ViewCounter viewCounter;

    @Test
    void popularSortFollowsViewsCountedByOthers() {
        var cohort = TestMembers.uniqueHandle("pop");
        var handle = TestMembers.uniqueHandle("popular");
        TestMembers.register(http(), handle, "BACKEND", cohort);
        var me = http().as(accessToken(handle));
        var quiet =
                create(me, json("LEARNING", "Quiet entry", "b", "")).get("id").asString();
        var read = create(me, json("LEARNING", "Much read entry", "b", ""))
                .get("id")
                .asString();
        for (int i = 0; i < 3; i++) {
            assertThat(http().get("/api/v1/entries/" + read).status()).isEqualTo(200);
        }
        me.get("/api/v1/entries/" + quiet); // the author's own reads do not count
        viewCounter.flush();

        var popular = http().get("/api/v1/entries?cohort=" + cohort + "&sort=POPULAR")
                .json()
                .get("items");
        assertThat(popular.get(0).get("id").asString()).isEqualTo(read);
        assertThat(popular.get(0).get("views").asLong()).isEqualTo(3);
        assertThat(popular.get(1).get("views").asLong()).isZero();
        var recent = http().get("/api/v1/entries?cohort=" + cohort).json().get("items");
        assertThat(recent.get(0).get("id").asString()).isEqualTo(read);
        assertThat(recent.get(1).get("id").asString()).isEqualTo(quiet);
    }

    static String json(String kind, String title, String body, String technologies) {
        return """
                {"kind":"%s","title":"%s","body":%s,"technologies":[%s]}""".formatted(kind, title, quote(body), technologies);
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    static JsonNode create(HttpProbe member, String body) {
        var response = member.post("/api/v1/entries", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    @Test
    void createdEntryResolvesTechnologiesThroughAliasesAndKeepsUnknownOnes() {
        var me = http().as(accessToken(newLearner("author")));
        var response = me.post(
                "/api/v1/entries",
                json(
                        "LEARNING",
                        "What I learned about APIs",
                        "Used **DRF** on k8s",
                        "\"Postgres\",\"DRF\",\"k8s\",\"PostgreSQL 15\",\"Quarkle DB\""));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.header("ETag")).isEqualTo("\"1\"");
        assertThat(response.header("Location"))
                .contains("/api/v1/entries/" + response.json().get("id").asString());
        var slugs = new ArrayList<String>();
        response.json().get("technologies").forEach(t -> slugs.add(t.get("slug").asString()));
        assertThat(slugs).containsExactly("postgresql", "django-rest-framework", "kubernetes", "quarkle-db");
        assertThat(response.json().get("technologies").get(3).get("pending").asBoolean())
                .isTrue();
        assertThat(response.json().get("bodyHtml").asString()).contains("<strong>DRF</strong>");
    }

    @Test
    void markdownIsRenderedSafely() {
        var me = http().as(accessToken(newLearner("xss")));
        var payloads = List.of(
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "[click](javascript:alert(1))",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<svg onload=alert(1)>",
                "<div style=\"background:url(javascript:alert(1))\">s</div>",
                "<a href=\"JaVaScRiPt:alert(1)\">y</a>",
                "<body onload=alert(1)>",
                "<form action=\"https://evil.example\"><input></form>");
        var body = String.join("\n\n", payloads) + "\n\n```python\nprint('hi')\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |";
        var html = create(me, json("PRACTICE", "Sanitised", body, ""))
                .get("bodyHtml")
                .asString()
                .toLowerCase();
        assertThat(html)
                .doesNotContain("<script", "onerror", "onload", "javascript:", "<iframe", "<svg", "<form", "style=");
        assertThat(html).contains("<code class=\"language-python\">", "<table>", "<td>1</td>");
    }

    @Test
    void everySaveIsARevisionAndEditsNeedTheCurrentETag() {
        var me = http().as(accessToken(newLearner("rev")));
        var entry = create(me, json("CHALLENGE", "Celery retries loop", "Tasks retried forever", "\"Celery\""));
        var path = "/api/v1/entries/" + entry.get("id").asString();

        assertProblem(me.send("PATCH", path, "application/json", "{\"title\":\"x\"}"), 428);

        var first =
                me.send("PATCH", path, "application/json", "{\"solution\":\"Set max_retries\"}", "If-Match", "\"1\"");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.header("ETag")).isEqualTo("\"2\"");
        assertThat(first.json().get("solutionHtml").asString()).contains("max_retries");
        assertThat(first.json().get("title").asString()).isEqualTo("Celery retries loop");

        var stale = me.send("PATCH", path, "application/json", "{\"title\":\"lost update\"}", "If-Match", "\"1\"");
        assertProblem(stale, 412);
        assertThat(stale.json().get("detail").asString()).contains("version 2");

        var put = me.send(
                "PUT",
                path,
                "application/json",
                json("CHALLENGE", "Celery retries loop, solved", "Tasks retried forever", "\"Celery\",\"Redis\""),
                "If-Match",
                "\"2\"");
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.json().get("version").asInt()).isEqualTo(3);

        var revisions = http().get(path + "/revisions").json();
        assertThat(revisions).hasSize(3);
        assertThat(revisions.get(0).get("version").asInt()).isEqualTo(3);
        var original = http().get(path + "/revisions/1").json();
        assertThat(original.get("title").asString()).isEqualTo("Celery retries loop");
        assertThat(original.get("technologies").toString()).contains("celery").doesNotContain("redis");
        assertProblem(http().get(path + "/revisions/9"), 404);

        var etag = http().get(path).header("ETag");
        assertThat(etag).isEqualTo("\"3\"");
        var notModified = http().get(path, "If-None-Match", etag);
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(http().get(path, "If-None-Match", "\"2\"").status()).isEqualTo(200);
    }

    @Test
    void draftsAreTheAuthorsAloneAndOthersCannotEdit() {
        var authorHandle = newLearner("drafter");
        var author = http().as(accessToken(authorHandle));
        var draft = create(author, """
                {"kind":"GOAL","title":"Learn Kafka","visibility":"DRAFT"}""");
        var draftPath = "/api/v1/entries/" + draft.get("id").asString();
        assertThat(author.get(draftPath).status()).isEqualTo(200);
        assertProblem(http().get(draftPath), 404);

        var other = http().as(accessToken(newLearner("other")));
        assertProblem(other.get(draftPath), 404);
        assertProblem(
                other.send("PATCH", draftPath, "application/json", "{\"title\":\"x\"}", "If-Match", "\"1\""), 404);

        var published = create(author, json("PRACTICE", "Write tests first", "TDD", ""));
        var publicPath = "/api/v1/entries/" + published.get("id").asString();
        assertProblem(
                other.send("PATCH", publicPath, "application/json", "{\"title\":\"mine now\"}", "If-Match", "\"1\""),
                403);
        assertProblem(other.send("DELETE", publicPath, null, ""), 403);

        var mentorHandle = newLearner("moderator");
        makeMentor(mentorHandle);
        var mentor = http().as(accessToken(mentorHandle));
        var moderated = mentor.send(
                "PATCH",
                publicPath,
                "application/json",
                "{\"title\":\"Write tests first (edited)\"}",
                "If-Match",
                "\"1\"");
        assertThat(moderated.status()).as(moderated.body()).isEqualTo(200);

        var hubForOthers =
                http().get("/api/v1/members/" + authorHandle + "/hub").json();
        assertThat(hubForOthers.get("entries").has("GOAL")).isFalse();
        assertThat(hubForOthers.get("entries").get("PRACTICE")).hasSize(1);
        var ownHub = author.get("/api/v1/members/" + authorHandle + "/hub").json();
        assertThat(ownHub.get("entries").get("GOAL").get(0).get("visibility").asString())
                .isEqualTo("DRAFT");
        assertThat(ownHub.get("counts").get("PRACTICE").asInt()).isEqualTo(1);

        assertThat(author.send("DELETE", publicPath, null, "", "If-Match", "\"1\"")
                        .status())
                .isEqualTo(412);
        assertThat(author.send("DELETE", publicPath, null, "").status()).isEqualTo(204);
        assertProblem(http().get(publicPath), 404);
    }

    @Test
    void badInputGetsAPreciseClientError() {
        var me = http().as(accessToken(newLearner("bad")));
        var unknownKind = me.post("/api/v1/entries", json("POEM", "t", "b", ""));
        assertProblem(unknownKind, 400);
        assertThat(unknownKind.json().get("detail").asString()).contains("'kind'", "LEARNING");

        var longTitle = me.post("/api/v1/entries", json("LEARNING", "x".repeat(201), "b", ""));
        assertProblem(longTitle, 422);
        assertThat(longTitle.json().get("errors").get(0).get("field").asString())
                .isEqualTo("title");

        var bigBody = me.post("/api/v1/entries", json("LEARNING", "Big", "y".repeat(100 * 1024 + 1), ""));
        assertProblem(bigBody, 422);
        assertThat(bigBody.json().get("errors").get(0).get("field").asString()).isEqualTo("body");

        var techs = new StringBuilder();
        for (int i = 0; i < 21; i++) {
            techs.append(i == 0 ? "" : ",").append("\"tech").append(i).append('"');
        }
        var tooMany = me.post("/api/v1/entries", json("LEARNING", "Many", "b", techs.toString()));
        assertProblem(tooMany, 422);
        assertThat(tooMany.json().get("errors").get(0).get("field").asString()).isEqualTo("technologies");

        var snippet = me.post("/api/v1/entries", json("SNIPPET", "No language", "print(1)", ""));
        assertProblem(snippet, 422);
        assertThat(snippet.json().get("errors").get(0).get("field").asString()).isEqualTo("language");

        var misplaced = me.post("/api/v1/entries", """
                {"kind":"GOAL","title":"t","solution":"s"}""");
        assertProblem(misplaced, 422);
        assertThat(misplaced.json().get("detail").asString()).contains("only for CHALLENGE");

        assertProblem(http().get("/api/v1/entries?sort=oldest"), 400);
        assertProblem(http().get("/api/v1/entries?cursor=garbage"), 400);
        assertProblem(http().get("/api/v1/entries?limit=500"), 422);
        assertProblem(http().get("/api/v1/entries/not-an-id"), 404);
        assertProblem(http().post("/api/v1/entries", json("LEARNING", "anon", "b", "")), 401);
    }

    @Test
    void kindSpecificFieldsRoundTrip() {
        var me = http().as(accessToken(newLearner("kinds")));
        var snippet = create(me, """
                {"kind":"SNIPPET","title":"Retry decorator","body":"```python\\nretry()\\n```","language":"python"}""");
        assertThat(snippet.get("language").asString()).isEqualTo("python");
        var diagram = create(me, """
                {"kind":"DIAGRAM","title":"ERD","body":"erDiagram\\n USER ||--o{ ORDER : places","diagramFormat":"MERMAID","caption":"Orders"}""");
        assertThat(diagram.get("diagram").get("format").asString()).isEqualTo("MERMAID");
        var project = create(me, """
                {"kind":"PROJECT","title":"E-commerce API","project":{"repositoryUrl":"https://github.com/x/y","openApi":"openapi: 3.1.0"}}""");
        assertThat(project.get("project").get("openApi").asString()).startsWith("openapi");
        assertProblem(me.post("/api/v1/entries", """
                {"kind":"PROJECT","title":"p","project":{"repositoryUrl":"ftp://x"}}"""), 422);
    }

    @Test
    void listingFiltersAndPagesWithoutDuplicatesOrSkipsWhileEntriesComeAndGo() {
        var cohort = TestMembers.uniqueHandle("cohort");
        var handle = TestMembers.uniqueHandle("lister");
        TestMembers.register(http(), handle, "FRONTEND", cohort);
        var me = http().as(accessToken(handle));
        var ids = new ArrayList<String>();
        for (int i = 0; i < 7; i++) {
            ids.add(create(
                            me,
                            json(
                                    i % 2 == 0 ? "LEARNING" : "CHALLENGE",
                                    "Entry " + i,
                                    "body " + i,
                                    i < 3 ? "\"Redis\"" : ""))
                    .get("id")
                    .asString());
        }
        var base = "/api/v1/entries?cohort=" + cohort + "&limit=3";
        var seen = new ArrayList<String>();
        var page = http().get(base).json();
        page.get("items").forEach(i -> seen.add(i.get("id").asString()));
        // Between pages: a newer entry arrives, and one not yet served is deleted.
        var added =
                create(me, json("LEARNING", "Late arrival", "b", "")).get("id").asString();
        var deleted = ids.get(1);
        assertThat(me.send("DELETE", "/api/v1/entries/" + deleted, null, "").status())
                .isEqualTo(204);
        var cursor = page.get("nextCursor").asString();
        while (cursor != null) {
            var next = http().get(base + "&cursor=" + cursor).json();
            next.get("items").forEach(i -> seen.add(i.get("id").asString()));
            cursor = next.get("nextCursor") == null || next.get("nextCursor").isNull()
                    ? null
                    : next.get("nextCursor").asString();
        }
        var expected = new ArrayList<>(ids.reversed());
        expected.remove(deleted);
        assertThat(seen).doesNotHaveDuplicates().doesNotContain(added, deleted).containsExactlyElementsOf(expected);

        assertThat(http().get("/api/v1/entries?cohort=" + cohort + "&kind=CHALLENGE")
                        .json()
                        .get("items"))
                .hasSize(2);
        // Redis was on entries 0, 1 and 2; entry 1 is gone. Any alias or casing finds them.
        assertThat(http().get("/api/v1/entries?cohort=" + cohort + "&technology=redis")
                        .json()
                        .get("items"))
                .hasSize(2);
        assertThat(http().get("/api/v1/entries?cohort=" + cohort + "&technology=REDIS&track=FRONTEND")
                        .json()
                        .get("items"))
                .hasSize(2);
        assertThat(http().get("/api/v1/entries?author=" + handle + "&track=BACKEND")
                        .json()
                        .get("items"))
                .isEmpty();
        assertThat(http().get("/api/v1/entries?author=" + handle + "&since=2999-01-01T00:00:00Z")
                        .json()
                        .get("items"))
                .isEmpty();
        assertThat(http().get("/api/v1/entries?technology=no-such-tech-anywhere")
                        .json()
                        .get("items"))
                .isEmpty();
        var popular = http().get("/api/v1/entries?cohort=" + cohort + "&sort=POPULAR")
                .json()
                .get("items");
        assertThat(popular).hasSize(7);
        var otherCursor = http().get(base).json().get("nextCursor").asString();
        assertProblem(
                http().get("/api/v1/entries?cohort=" + cohort + "&kind=LEARNING&limit=3&cursor=" + otherCursor), 400);
    }
}
