package org.projectnexus.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.projectnexus.support.ProblemAssertions.assertProblem;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.projectnexus.NexusApplication;
import org.projectnexus.collaboration.CommentPosted;
import org.projectnexus.notifications.NotificationRepository.EmailMode;
import org.projectnexus.shared.WorkHandler;
import org.projectnexus.support.ApiTest;
import org.projectnexus.support.HttpProbe;
import org.projectnexus.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import tools.jackson.databind.JsonNode;

/** Notifications in-process (no broker): who is told what, once, by app, email, digest and stream. */
class NotificationsTests extends ApiTest {

    record Member(String handle, UUID id, HttpProbe http) {

        String email() {
            return handle + "@example.org";
        }
    }

    @Autowired
    @Qualifier("commentPostedHandler")
    WorkHandler<CommentPosted> commentPosted;

    @Autowired
    EmailWork emailWork;

    @Autowired
    DigestJob digests;

    @Autowired
    NotificationStream stream;

    private Member member(String prefix) {
        var handle = newLearner(prefix);
        var id = jdbc.sql("select id from member where handle = :h")
                .param("h", handle)
                .query(UUID.class)
                .single();
        return new Member(handle, id, http().as(accessToken(handle)));
    }

    private static String entry(HttpProbe author, String kind, String title, String body) {
        var response = author.post(
                "/api/v1/entries", "{\"kind\":\"%s\",\"title\":\"%s\",\"body\":\"%s\"}".formatted(kind, title, body));
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

    /** The member's notifications once there are {@code count} (they are made in the background). */
    private static JsonNode awaitNotifications(Member member, int count) {
        var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        JsonNode page;
        do {
            page = member.http().get("/api/v1/me/notifications").json();
            if (page.get("items").size() >= count) {
                return page;
            }
            pause(50);
        } while (System.nanoTime() < deadline);
        throw new AssertionError(member.handle() + " has not " + count + " notifications: " + page);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<String> texts(Part part) throws Exception {
        var texts = new ArrayList<String>();
        if (part.isMimeType("text/*")) {
            texts.add(part.getContentType().split(";")[0] + "\n" + part.getContent());
        } else if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                texts.addAll(texts(child));
            }
        }
        return texts;
    }

    @Test
    void commentsRepliesAndMentionsNotifyEachMemberOnceWithOneEmail() throws Exception {
        var author = member("n-author");
        var commenter = member("n-commenter");
        var mentioned = member("n-mentioned");
        var entryId = entry(author.http(), "CHALLENGE", "Flaky Celery beat schedule", "b");

        var top = comment(commenter.http(), entryId, "Same here, cc @" + mentioned.handle(), null);
        comment(author.http(), entryId, "Thanks!", top.get("id").asString());

        var authorPage = awaitNotifications(author, 1);
        assertThat(authorPage.get("unread").asInt()).isEqualTo(1);
        var note = authorPage.get("items").get(0);
        assertThat(note.get("type").asString()).isEqualTo("COMMENT");
        assertThat(note.get("title").asString()).contains("commented on “Flaky Celery beat schedule”");
        assertThat(note.get("actor").asString()).isEqualTo(commenter.handle());
        assertThat(awaitNotifications(mentioned, 1)
                        .get("items")
                        .get(0)
                        .get("type")
                        .asString())
                .isEqualTo("MENTION");
        assertThat(awaitNotifications(commenter, 1)
                        .get("items")
                        .get(0)
                        .get("type")
                        .asString())
                .isEqualTo("REPLY");

        var mails = TestMail.await(author.email(), 1, Duration.ofSeconds(10));
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.getFirst();
        assertThat(mail.getSubject()).contains("commented on “Flaky Celery beat schedule”");
        assertThat(mail.getHeader("List-Unsubscribe")[0]).contains("/api/v1/notifications/unsubscribe?token=");
        var parts = texts(mail);
        assertThat(parts)
                .anySatisfy(p -> assertThat(p)
                        .startsWith("text/plain")
                        .contains("Hi " + author.handle())
                        .contains("/api/v1/entries/" + entryId));
        assertThat(parts)
                .anySatisfy(p -> assertThat(p)
                        .startsWith("text/html")
                        .contains("<a href=\"http://localhost:8080/api/v1/entries/" + entryId + "\">"));

        // The same event handled again (a redelivery) and the same email job twice: nothing doubles.
        commentPosted.handle(new CommentPosted(
                UUID.fromString(top.get("id").asString()),
                UUID.fromString(entryId),
                "Flaky Celery beat schedule",
                author.id(),
                commenter.id(),
                null,
                List.of(mentioned.handle())));
        var notificationId = UUID.fromString(note.get("id").asString());
        emailWork.handle(EmailJob.of(notificationId));
        emailWork.handle(EmailJob.of(notificationId));
        pause(300);
        assertThat(author.http()
                        .get("/api/v1/me/notifications")
                        .json()
                        .get("items")
                        .size())
                .isEqualTo(1);
        assertThat(TestMail.to(author.email())).hasSize(1);
        assertThat(TestMail.to(mentioned.email())).hasSize(1);

        // Reading.
        var read = author.http().post("/api/v1/me/notifications/read", "{\"ids\":[\"" + notificationId + "\"]}");
        assertThat(read.json().get("unread").asInt()).isZero();
        assertThat(author.http()
                        .get("/api/v1/me/notifications?unread=true")
                        .json()
                        .get("items")
                        .size())
                .isZero();
        assertProblem(author.http().post("/api/v1/me/notifications/read", "{}"), 422);
        assertProblem(http().get("/api/v1/me/notifications"), 401);
    }

    @Test
    void acceptedSolutionsFeedbackFollowedAuthorsAndEntryMentions() {
        var author = member("n2-author");
        var helper = member("n2-helper");
        var follower = member("n2-follower");
        var challenge = entry(author.http(), "CHALLENGE", "Slow pagination", "b");
        var answer = comment(helper.http(), challenge, "Keyset pagination", null)
                .get("id")
                .asString();
        author.http().post("/api/v1/entries/" + challenge + "/accepted-solution", "{\"commentId\":\"" + answer + "\"}");
        assertThat(awaitNotifications(helper, 1).get("items").get(0).get("type").asString())
                .isEqualTo("SOLUTION_ACCEPTED");

        var project = entry(author.http(), "PROJECT", "Booking API", "b");
        var rubric = "{\"clarity\":4,\"consistency\":4,\"documentation\":4,\"errorHandling\":4,\"text\":\"%s\"}";
        helper.http().post("/api/v1/entries/" + project + "/feedback", rubric.formatted("good"));
        helper.http().post("/api/v1/entries/" + project + "/feedback", rubric.formatted("good, edited"));
        var authorNotes = awaitNotifications(author, 2).get("items");
        var types = new ArrayList<String>();
        authorNotes.forEach(n -> types.add(n.get("type").asString()));
        assertThat(types).containsExactlyInAnyOrder("COMMENT", "FEEDBACK");

        follower.http().send("PUT", "/api/v1/me/following/members/" + author.handle(), null, "");
        entry(author.http(), "LEARNING", "Kafka consumer groups", "With thanks to @" + helper.handle());
        var followerNote = awaitNotifications(follower, 1).get("items").get(0);
        assertThat(followerNote.get("type").asString()).isEqualTo("NEW_ENTRY");
        assertThat(followerNote.get("title").asString()).contains("published “Kafka consumer groups”");
        var helperNotes = awaitNotifications(helper, 2).get("items");
        assertThat(helperNotes.get(0).get("type").asString()).isEqualTo("MENTION");
    }

    @Test
    void emailSettingsAndTheSignedUnsubscribeLink() throws Exception {
        var author = member("n3-author");
        var reader = member("n3-reader");
        assertThat(author.http()
                        .get("/api/v1/me/notification-settings")
                        .json()
                        .get("email")
                        .asString())
                .isEqualTo("IMMEDIATE");
        var entryId = entry(author.http(), "LEARNING", "Settings entry", "b");
        comment(reader.http(), entryId, "first", null);
        var mail = TestMail.await(author.email(), 1, Duration.ofSeconds(10)).getFirst();
        var link = mail.getHeader("List-Unsubscribe")[0].replaceAll("[<>]", "");
        var token = link.substring(link.indexOf("token=") + 6);

        var unsubscribe = "/api/v1/notifications/unsubscribe?token=";
        assertProblem(http().post(unsubscribe + token.replace('a', 'b') + "x", ""), 400);
        assertProblem(http().post(unsubscribe + reader.id() + "." + token.substring(37), ""), 400);
        var unsubscribed = http().post(unsubscribe + token, "");
        assertThat(unsubscribed.status()).as(unsubscribed.body()).isEqualTo(200);
        assertThat(author.http()
                        .get("/api/v1/me/notification-settings")
                        .json()
                        .get("email")
                        .asString())
                .isEqualTo("OFF");

        comment(reader.http(), entryId, "second", null);
        awaitNotifications(author, 2);
        pause(300);
        assertThat(TestMail.to(author.email())).hasSize(1);

        var saved = author.http()
                .send("PUT", "/api/v1/me/notification-settings", "application/json", "{\"email\":\"WEEKLY\"}");
        assertThat(saved.json().get("email").asString()).isEqualTo("WEEKLY");
        assertProblem(
                author.http()
                        .send("PUT", "/api/v1/me/notification-settings", "application/json", "{\"email\":\"HOURLY\"}"),
                400);
    }

    @Test
    void aDailyDigestSumsUpUnreadNotificationsOnce() throws Exception {
        var member = member("n4-digest");
        var followed = member("n4-followed");
        var reader = member("n4-reader");
        member.http().send("PUT", "/api/v1/me/notification-settings", "application/json", "{\"email\":\"DAILY\"}");
        member.http().send("PUT", "/api/v1/me/following/members/" + followed.handle(), null, "");
        entry(followed.http(), "LEARNING", "Digestible entry one", "b");
        var mine = entry(member.http(), "LEARNING", "My digest entry", "b");
        comment(reader.http(), mine, "nice", null);
        awaitNotifications(member, 2);
        assertThat(TestMail.to(member.email())).isEmpty();

        assertThat(digests.run(EmailMode.DAILY, "daily", Duration.ofDays(1))).isPositive();
        var mail = TestMail.await(member.email(), 1, Duration.ofSeconds(10)).getFirst();
        assertThat(mail.getSubject()).contains("daily").contains("2 new");
        assertThat(texts(mail))
                .anySatisfy(p -> assertThat(p)
                        .startsWith("text/plain")
                        .contains("New from the people and technologies you follow")
                        .contains("published “Digestible entry one”")
                        .contains("commented on “My digest entry”"));

        digests.run(EmailMode.DAILY, "daily", Duration.ofDays(1));
        pause(200);
        assertThat(TestMail.to(member.email())).hasSize(1);
    }

    @Test
    void theLiveStreamDeliversANewNotificationWithinASecond() throws Exception {
        var author = member("n5-author");
        var reader = member("n5-reader");
        var entryId = entry(author.http(), "LEARNING", "Streamed entry", "b");
        var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!stream.listening() && System.nanoTime() < deadline) {
            pause(20);
        }

        var lines = new LinkedBlockingQueue<String>();
        var response = openStream(author.http(), lines);
        assertThat(next(lines, "event:unread")).isNotNull();

        var started = System.nanoTime();
        comment(reader.http(), entryId, "live!", null);
        var data = next(lines, "event:notification");
        var elapsed = Duration.ofNanos(System.nanoTime() - started);
        assertThat(data).as("a notification event").isNotNull();
        assertThat(elapsed).isLessThan(Duration.ofSeconds(1));
        var payload = lines.poll(1, TimeUnit.SECONDS);
        while (payload != null && !payload.startsWith("data:")) {
            payload = lines.poll(1, TimeUnit.SECONDS);
        }
        assertThat(payload).contains("\"type\":\"COMMENT\"").contains("Streamed entry");
        response.cancel(true);
    }

    @Test
    void aStreamOnAnotherReplicaGetsTheNotificationToo() throws Exception {
        var author = member("n6-author");
        var reader = member("n6-reader");
        var entryId = entry(author.http(), "LEARNING", "Entry on replica A", "b");
        // Replica B: another instance on the same database, serving the API only.
        try (var replica = new SpringApplicationBuilder(NexusApplication.class)
                .run("--server.port=0", "--nexus.roles=api", "--spring.main.banner-mode=off")) {
            var replicaStream = replica.getBean(NotificationStream.class);
            var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!replicaStream.listening() && System.nanoTime() < deadline) {
                pause(20);
            }
            var portB = Integer.parseInt(replica.getEnvironment().getProperty("local.server.port"));
            var lines = new LinkedBlockingQueue<String>();
            var response = openStream(new HttpProbe(portB).as(accessToken(author.handle())), lines);
            assertThat(next(lines, "event:unread")).isNotNull();

            var started = System.nanoTime();
            comment(reader.http(), entryId, "written on replica A", null);
            assertThat(next(lines, "event:notification"))
                    .as("notification on replica B")
                    .isNotNull();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
            response.cancel(true);
        }
    }

    /** Opens the member's notification stream; its lines go to {@code lines} as they come. */
    private static CompletableFuture<HttpResponse<java.io.InputStream>> openStream(
            HttpProbe member, LinkedBlockingQueue<String> lines) {
        var request = member.request("/api/v1/me/notifications/stream", "Accept", "text/event-stream")
                .GET()
                .build();
        var response = HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
        CompletableFuture.runAsync(() -> {
            try (var reader =
                    new BufferedReader(new InputStreamReader(response.join().body(), StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (Exception closed) {
                // the test ends the stream
            }
        });
        return response;
    }

    /** The next line starting with {@code prefix} (ignoring spaces after the colon), or null after 1 s. */
    private static String next(LinkedBlockingQueue<String> lines, String prefix) throws InterruptedException {
        var deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        while (System.nanoTime() < deadline) {
            var line = lines.poll(50, TimeUnit.MILLISECONDS);
            if (line != null && line.replace(": ", ":").startsWith(prefix)) {
                return line;
            }
        }
        return null;
    }
}
