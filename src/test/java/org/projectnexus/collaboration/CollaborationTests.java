package org.projectnexus.collaboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.projectnexus.support.ProblemAssertions.assertProblem;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.projectnexus.support.ApiTest;
import org.projectnexus.support.HttpProbe;
import org.projectnexus.support.TestMembers;
import tools.jackson.databind.JsonNode;

/** Comments, reactions, accepted solutions, feedback, bookmarks, follows and the feed, over the API. */
class CollaborationTests extends ApiTest {

    record Member(String handle, HttpProbe http) {}

    private Member member(String prefix) {
        var handle = newLearner(prefix);
        return new Member(handle, http().as(accessToken(handle)));
    }

    private Member frontend(String prefix) {
        var handle = TestMembers.uniqueHandle(prefix);
        TestMembers.register(http(), handle, "FRONTEND");
        return new Member(handle, http().as(accessToken(handle)));
    }

    static String entry(HttpProbe author, String kind, String title, String body, String... technologies) {
        var techs = new ArrayList<String>();
        for (var t : technologies) {
            techs.add("\"" + t + "\"");
        }
        var response = author.post("/api/v1/entries", """
                {"kind":"%s","title":"%s","body":"%s","technologies":[%s]}""".formatted(kind, title, body, String.join(",", techs)));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static JsonNode comment(HttpProbe who, String entryId, String body, String parentId) {
        var response = who.post(
                "/api/v1/entries/" + entryId + "/comments",
                parentId == null
                        ? "{\"body\":\"%s\"}".formatted(body)
                        : "{\"body\":\"%s\",\"parentId\":\"%s\"}".formatted(body, parentId));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private JsonNode entryJson(String id) {
        return http().get("/api/v1/entries/" + id).json();
    }

    @Test
    void threadedCommentsWithMarkdownEditsAndSoftDeletes() {
        var author = member("c-author");
        var reader = member("c-reader");
        var other = member("c-other");
        var id = entry(author.http(), "CHALLENGE", "Celery tasks run twice", "After a restart");

        var top =
                comment(reader.http(), id, "Use **acks_late** <script>alert(1)</script> cc @" + author.handle(), null);
        assertThat(top.get("bodyHtml").asString())
                .contains("<strong>acks_late</strong>")
                .doesNotContain("<script")
                .contains("href=\"/members/" + author.handle() + "\"");
        var reply =
                comment(author.http(), id, "Thanks, trying it", top.get("id").asString());
        assertThat(reply.get("parentId").asString()).isEqualTo(top.get("id").asString());
        assertThat(entryJson(id).get("engagement").get("comments").asInt()).isEqualTo(2);

        // Edits keep history; only the author edits.
        var commentPath = "/api/v1/comments/" + top.get("id").asString();
        assertProblem(other.http().send("PATCH", commentPath, "application/json", "{\"body\":\"mine now\"}"), 403);
        var edited = reader.http().send("PATCH", commentPath, "application/json", "{\"body\":\"Use acks_late=True\"}");
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("version").asInt()).isEqualTo(2);
        var revisions = http().get(commentPath + "/revisions").json();
        assertThat(revisions.size()).isEqualTo(1);
        assertThat(revisions.get(0).get("body").asString()).startsWith("Use **acks_late**");

        // A deleted comment keeps its place in the thread, without its text.
        assertProblem(other.http().send("DELETE", commentPath, null, ""), 403);
        assertThat(reader.http().send("DELETE", commentPath, null, "").status()).isEqualTo(204);
        var thread = http().get("/api/v1/entries/" + id + "/comments").json().get("items");
        assertThat(thread.size()).isEqualTo(2);
        assertThat(thread.get(0).get("deleted").asBoolean()).isTrue();
        assertThat(thread.get(0).has("body")).isFalse();
        assertThat(thread.get(1).get("parentId").asString())
                .isEqualTo(top.get("id").asString());
        assertThat(entryJson(id).get("engagement").get("comments").asInt()).isEqualTo(1);

        // A mentor moderates.
        makeMentor(other.handle());
        var mentor = http().as(accessToken(other.handle()));
        assertThat(mentor.send("DELETE", "/api/v1/comments/" + reply.get("id").asString(), null, "")
                        .status())
                .isEqualTo(204);

        assertProblem(reader.http().post("/api/v1/entries/" + id + "/comments", "{\"body\":\"  \"}"), 422);
        assertProblem(
                reader.http()
                        .post(
                                "/api/v1/entries/" + id + "/comments",
                                "{\"body\":\"x\",\"parentId\":\"" + java.util.UUID.randomUUID() + "\"}"),
                422);
        assertProblem(http().post("/api/v1/entries/" + id + "/comments", "{\"body\":\"anonymous\"}"), 401);
    }

    @Test
    void commentsArePagedByCursorAndDraftsTakeNone() {
        var author = member("page-author");
        var reader = member("page-reader");
        var id = entry(author.http(), "LEARNING", "Paging comments", "b");
        for (int i = 0; i < 5; i++) {
            comment(reader.http(), id, "comment " + i, null);
        }
        var seen = new ArrayList<String>();
        String cursor = null;
        do {
            var page = http().get(
                            "/api/v1/entries/" + id + "/comments?limit=2" + (cursor == null ? "" : "&cursor=" + cursor))
                    .json();
            page.get("items").forEach(c -> seen.add(c.get("body").asString()));
            cursor = page.has("nextCursor") ? page.get("nextCursor").asString() : null;
        } while (cursor != null);
        assertThat(seen).containsExactly("comment 0", "comment 1", "comment 2", "comment 3", "comment 4");

        var draft = author.http()
                .post(
                        "/api/v1/entries",
                        "{\"kind\":\"LEARNING\",\"title\":\"Draft\",\"body\":\"b\"," + "\"visibility\":\"DRAFT\"}")
                .json()
                .get("id")
                .asString();
        assertProblem(reader.http().post("/api/v1/entries/" + draft + "/comments", "{\"body\":\"hi\"}"), 404);
        assertProblem(author.http().post("/api/v1/entries/" + draft + "/comments", "{\"body\":\"hi\"}"), 409);
    }

    @Test
    void reactionsAreIdempotentCountedInListsAndSearchAndMakeEntriesPopular() {
        var cohort = TestMembers.uniqueHandle("react-cohort");
        var authorHandle = TestMembers.uniqueHandle("react-author");
        TestMembers.register(http(), authorHandle, "BACKEND", cohort);
        var author = http().as(accessToken(authorHandle));
        var reader = member("react-reader");
        var viewed = entry(author, "LEARNING", "Zanzibar viewed entry", "b");
        var liked = entry(author, "CHALLENGE", "Zanzibar liked challenge", "b");
        for (int i = 0; i < 5; i++) {
            http().get("/api/v1/entries/" + viewed);
        }

        var path = "/api/v1/entries/" + liked + "/reactions/";
        assertThat(reader.http()
                        .send("PUT", path + "helpful", null, "")
                        .json()
                        .get("engagement")
                        .get("helpful")
                        .asInt())
                .isEqualTo(1);
        var again = reader.http().send("PUT", path + "helpful", null, "").json();
        assertThat(again.get("engagement").get("helpful").asInt()).isEqualTo(1);
        reader.http().send("PUT", path + "same-here", null, "");
        assertThat(strings(reader.http()
                        .send("PUT", path + "insightful", null, "")
                        .json()
                        .get("mine")))
                .containsExactly("helpful", "insightful", "same-here");
        var removed =
                reader.http().send("DELETE", path + "insightful", null, "").json();
        assertThat(removed.get("engagement").get("insightful").asInt()).isZero();
        assertThat(reader.http().send("DELETE", path + "insightful", null, "").status())
                .isEqualTo(200);

        assertProblem(reader.http().send("PUT", "/api/v1/entries/" + viewed + "/reactions/same-here", null, ""), 422);
        assertProblem(author.send("PUT", path + "helpful", null, ""), 422);
        assertProblem(reader.http().send("PUT", path + "love", null, ""), 404);

        var listing = http().get("/api/v1/entries?cohort=" + cohort + "&sort=POPULAR")
                .json()
                .get("items");
        assertThat(listing.get(0).get("id").asString()).isEqualTo(liked);
        assertThat(listing.get(0).get("engagement").get("helpful").asInt()).isEqualTo(1);
        assertThat(listing.get(0).get("engagement").get("sameHere").asInt()).isEqualTo(1);
        var search = http().get("/api/v1/search?q=zanzibar+liked&author=" + authorHandle)
                .json()
                .get("items");
        assertThat(search.get(0).get("entry").get("engagement").get("helpful").asInt())
                .isEqualTo(1);
    }

    @Test
    void theChallengeAuthorOrAMentorAcceptsASolution() {
        var author = member("acc-author");
        var helper = member("acc-helper");
        var stranger = member("acc-stranger");
        var challenge = entry(author.http(), "CHALLENGE", "Quokka deadlock on migrations", "b");
        var answer = comment(helper.http(), challenge, "Run them in one transaction", null)
                .get("id")
                .asString();
        var accept = "/api/v1/entries/" + challenge + "/accepted-solution";

        assertProblem(stranger.http().post(accept, "{\"commentId\":\"" + answer + "\"}"), 403);
        var accepted = author.http().post(accept, "{\"commentId\":\"" + answer + "\"}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("acceptedCommentId").asString()).isEqualTo(answer);
        assertThat(accepted.json().get("acceptedEndorsed").asBoolean()).isFalse();
        assertThat(http().get("/api/v1/entries/" + challenge + "/comments")
                        .json()
                        .get("items")
                        .get(0)
                        .get("accepted")
                        .asBoolean())
                .isTrue();

        makeMentor(stranger.handle());
        var mentor = http().as(accessToken(stranger.handle()));
        assertThat(mentor.post(accept, "{\"commentId\":\"" + answer + "\"}")
                        .json()
                        .get("acceptedEndorsed")
                        .asBoolean())
                .isTrue();
        var hit = http().get("/api/v1/search?q=quokka+deadlock&author=" + author.handle())
                .json()
                .get("items")
                .get(0);
        assertThat(hit.get("entry").get("engagement").get("acceptedCommentId").asString())
                .isEqualTo(answer);
        assertThat(hit.get("entry").get("engagement").get("acceptedEndorsed").asBoolean())
                .isTrue();

        var learning = entry(author.http(), "LEARNING", "Not a challenge", "b");
        var note = comment(helper.http(), learning, "nice", null).get("id").asString();
        assertProblem(
                author.http()
                        .post("/api/v1/entries/" + learning + "/accepted-solution", "{\"commentId\":\"" + note + "\"}"),
                422);
        assertProblem(author.http().post(accept, "{\"commentId\":\"" + note + "\"}"), 422);

        assertThat(author.http().send("DELETE", accept, null, "").status()).isEqualTo(204);
        assertThat(entryJson(challenge).get("engagement").has("acceptedCommentId"))
                .isFalse();
    }

    @Test
    void apiDesignFeedbackIsOnePerReviewerAndAveraged() {
        var author = member("fb-author");
        var backend = member("fb-backend");
        var front = frontend("fb-front");
        var project = entry(author.http(), "PROJECT", "Poll API", "REST API for polls");
        var path = "/api/v1/entries/" + project + "/feedback";
        var rubric = "{\"clarity\":%d,\"consistency\":4,\"documentation\":3,\"errorHandling\":2,\"text\":\"%s\"}";

        var first = front.http().post(path, rubric.formatted(5, "Clear resource names"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        var edited = front.http().post(path, rubric.formatted(4, "Clear names; errors vary"));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(backend.http()
                        .post(path, rubric.formatted(2, "Inconsistent plurals"))
                        .status())
                .isEqualTo(201);

        var page = http().get(path).json();
        assertThat(page.get("items").size()).isEqualTo(2);
        var summary = page.get("summary");
        assertThat(summary.get("reviews").asInt()).isEqualTo(2);
        assertThat(summary.get("frontendReviews").asInt()).isEqualTo(1);
        assertThat(summary.get("clarity").asDouble()).isEqualTo(3.0);
        assertThat(summary.get("errorHandling").asDouble()).isEqualTo(2.0);
        var frontReview = page.get("items").get(1);
        assertThat(frontReview.get("reviewer").get("handle").asString()).isEqualTo(front.handle());
        assertThat(frontReview.get("frontendReviewer").asBoolean()).isTrue();
        assertThat(frontReview.get("text").asString()).isEqualTo("Clear names; errors vary");
        assertThat(entryJson(project)
                        .get("engagement")
                        .get("feedback")
                        .get("reviews")
                        .asInt())
                .isEqualTo(2);

        assertProblem(author.http().post(path, rubric.formatted(5, "self")), 422);
        assertProblem(backend.http().post(path, rubric.formatted(6, "too high")), 422);
        var learning = entry(author.http(), "LEARNING", "Not a project", "b");
        assertProblem(backend.http().post("/api/v1/entries/" + learning + "/feedback", rubric.formatted(3, "x")), 422);
    }

    @Test
    void bookmarksFollowsAndTheFeed() {
        var me = member("feed-me");
        var followed = member("feed-followed");
        var stranger = member("feed-stranger");
        var byFollowed = entry(followed.http(), "LEARNING", "From someone I follow", "b");
        var aboutTech = entry(stranger.http(), "LEARNING", "About a technology I follow", "b", "Xylophone Feedtech");
        var unrelated = entry(stranger.http(), "LEARNING", "Unrelated", "b", "Django");
        entry(me.http(), "LEARNING", "My own", "b", "Xylophone Feedtech");

        assertThat(me.http()
                        .send("PUT", "/api/v1/me/following/members/" + followed.handle(), null, "")
                        .status())
                .isEqualTo(204);
        assertThat(me.http()
                        .send("PUT", "/api/v1/me/following/members/" + followed.handle(), null, "")
                        .status())
                .isEqualTo(204);
        assertThat(me.http()
                        .send("PUT", "/api/v1/me/following/technologies/xylophone-feedtech", null, "")
                        .status())
                .isEqualTo(204);
        assertProblem(me.http().send("PUT", "/api/v1/me/following/members/" + me.handle(), null, ""), 422);
        assertProblem(me.http().send("PUT", "/api/v1/me/following/members/nobody-" + me.handle(), null, ""), 404);
        var following = me.http().get("/api/v1/me/following").json();
        assertThat(following.get("members").get(0).get("handle").asString()).isEqualTo(followed.handle());
        assertThat(following.get("technologies").get(0).get("slug").asString()).isEqualTo("xylophone-feedtech");

        var ids = new ArrayList<String>();
        String cursor = null;
        do {
            var page = me.http()
                    .get("/api/v1/me/feed?limit=1" + (cursor == null ? "" : "&cursor=" + cursor))
                    .json();
            page.get("items").forEach(e -> ids.add(e.get("id").asString()));
            cursor = page.has("nextCursor") ? page.get("nextCursor").asString() : null;
        } while (cursor != null);
        assertThat(ids).containsExactly(aboutTech, byFollowed).doesNotContain(unrelated);
        assertProblem(http().get("/api/v1/me/feed"), 401);

        me.http().send("DELETE", "/api/v1/me/following/members/" + followed.handle(), null, "");
        assertThat(strings(me.http().get("/api/v1/me/feed").json().get("items"), "id"))
                .containsExactly(aboutTech);

        assertThat(me.http()
                        .send("PUT", "/api/v1/me/bookmarks/" + unrelated, null, "")
                        .status())
                .isEqualTo(204);
        me.http().send("PUT", "/api/v1/me/bookmarks/" + byFollowed, null, "");
        me.http().send("PUT", "/api/v1/me/bookmarks/" + byFollowed, null, "");
        assertThat(strings(me.http().get("/api/v1/me/bookmarks").json().get("items"), "id"))
                .containsExactly(byFollowed, unrelated);
        me.http().send("DELETE", "/api/v1/me/bookmarks/" + unrelated, null, "");
        assertThat(strings(me.http().get("/api/v1/me/bookmarks").json().get("items"), "id"))
                .containsExactly(byFollowed);
        assertProblem(me.http().send("PUT", "/api/v1/me/bookmarks/" + java.util.UUID.randomUUID(), null, ""), 404);
    }

    static List<String> strings(JsonNode array) {
        var list = new ArrayList<String>();
        array.forEach(n -> list.add(n.asString()));
        return list;
    }

    static List<String> strings(JsonNode array, String field) {
        var list = new ArrayList<String>();
        array.forEach(n -> list.add(n.get(field).asString()));
        return list;
    }
}
