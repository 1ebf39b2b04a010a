package org.projectnexus.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.projectnexus.support.ApiTest;
import org.projectnexus.support.HttpProbe;
import org.projectnexus.support.TestMail;
import tools.jackson.databind.JsonNode;

/** An import tells each follower once ("Ada imported 5 entries"), not once per entry. */
class ImportNotificationTests extends ApiTest {

    static final String README = """
            # My ALX Project Nexus

            ## Key Technologies Covered

            - **Postgres** - indexes and full-text search
            - **Redis** - cache-aside with TTLs

            ## Best Practices & Personal Takeaways

            - Write the failing test first
            - Keep migrations small

            ## Future Goals

            - Learn Kubernetes operators
            """;

    record Member(String handle, UUID id, HttpProbe http) {}

    private Member member(String prefix) {
        var handle = newLearner(prefix);
        var id = jdbc.sql("select id from member where handle = :h")
                .param("h", handle)
                .query(UUID.class)
                .single();
        return new Member(handle, id, http().as(accessToken(handle)));
    }

    /** Imports and commits; returns the job once committed. */
    static JsonNode importReadme(HttpProbe member, String visibility) {
        var submitted = member.multipart(
                "/api/v1/imports",
                "README.md",
                README.getBytes(StandardCharsets.UTF_8),
                Map.of("mode", "commit", "visibility", visibility));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        var path = "/api/v1/imports/" + submitted.json().get("id").asString();
        var deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        JsonNode job;
        do {
            job = member.get(path).json();
            pause(50);
        } while (!job.get("status").asString().equals("COMMITTED") && System.nanoTime() < deadline);
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("COMMITTED");
        return job;
    }

    static int notificationsOf(org.springframework.jdbc.core.simple.JdbcClient jdbc, UUID member) {
        return jdbc.sql("select count(*) from notification where member_id = :m")
                .param("m", member)
                .query(Integer.class)
                .single();
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode awaitOneNotification(Member member) {
        var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (notificationsOf(jdbc, member.id()) == 0 && System.nanoTime() < deadline) {
            pause(50);
        }
        // Whatever else would come comes with the same event: give it a moment to show up.
        pause(500);
        var items = member.http().get("/api/v1/me/notifications").json().get("items");
        assertThat(items.size()).as(items.toString()).isEqualTo(1);
        return items.get(0);
    }

    @Test
    void followersOfTheMemberAndOfItsTechnologiesGetOneNotificationForTheImport() throws Exception {
        var author = member("imp-author");
        var follower = member("imp-follower");
        var redisFan = member("imp-redis");
        follower.http().send("PUT", "/api/v1/me/following/members/" + author.handle(), null, "");
        redisFan.http().send("PUT", "/api/v1/me/following/technologies/redis", null, "");

        var job = importReadme(author.http(), "PUBLIC");
        var created = job.get("result").get("created").asInt();
        assertThat(created).isGreaterThan(1);

        for (var member : new Member[] {follower, redisFan}) {
            var note = awaitOneNotification(member);
            assertThat(note.get("type").asString()).isEqualTo("IMPORTED");
            assertThat(note.get("title").asString()).isEqualTo(author.handle() + " imported " + created + " entries");
            assertThat(note.get("actor").asString()).isEqualTo(author.handle());
        }
        // The email links to the member's hub.
        var mail = TestMail.await(follower.handle() + "@example.org", 1, Duration.ofSeconds(10));
        assertThat(mail).hasSize(1);
        assertThat(NotificationsTests.texts(mail.getFirst()))
                .anySatisfy(part -> assertThat(part).contains("/api/v1/members/" + author.handle() + "/hub"));

        // The same README again changes nothing, and tells nobody anything.
        importReadme(author.http(), "PUBLIC");
        pause(500);
        assertThat(notificationsOf(jdbc, follower.id())).isEqualTo(1);
    }

    @Test
    void anImportOfDraftsTellsNobody() {
        var author = member("imp-drafts");
        var follower = member("imp-drafts-follower");
        follower.http().send("PUT", "/api/v1/me/following/members/" + author.handle(), null, "");

        importReadme(author.http(), "DRAFT");
        pause(800);
        assertThat(notificationsOf(jdbc, follower.id())).isZero();
    }
}
