package org.projectnexus.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.projectnexus.collaboration.CommentPosted;
import org.projectnexus.shared.WorkQueue;
import org.projectnexus.support.ApiTest;
import org.projectnexus.support.HttpProbe;
import org.projectnexus.support.LocalServices;
import org.projectnexus.support.Prometheus;
import org.projectnexus.support.TestMail;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The broker path against the real local RabbitMQ: notification and email work goes through
 * durable queues (names prefixed per run), with confirms, retries, a dead-letter queue and
 * idempotent consumers; an outage loses nothing.
 */
@EnabledIf("rabbitMqRunning")
@TestPropertySource(
        properties = {
            "spring.rabbitmq.host=127.0.0.1",
            "nexus.messaging.prefix=" + BrokerTests.PREFIX,
            "spring.rabbitmq.listener.simple.retry.initial-interval=200ms",
            "spring.rabbitmq.listener.simple.retry.multiplier=2",
            "spring.rabbitmq.listener.simple.retry.max-retries=2",
            "nexus.jobs.retry-interval=PT1S",
            "nexus.jobs.retry-after=PT1S"
        })
class BrokerTests extends ApiTest {

    static final String PREFIX = "nexus-test-broker";

    static boolean rabbitMqRunning() {
        return LocalServices.rabbitMq();
    }

    @Autowired
    WorkQueue work;

    @Autowired
    AmqpAdmin admin;

    @Autowired
    NotificationRepository notifications;

    record Member(String handle, UUID id, HttpProbe http) {

        String email() {
            return handle + "@example.org";
        }
    }

    private Member member(String prefix) {
        var handle = newLearner(prefix);
        var id = jdbc.sql("select id from member where handle = :h")
                .param("h", handle)
                .query(UUID.class)
                .single();
        return new Member(handle, id, http().as(accessToken(handle)));
    }

    private static String entry(HttpProbe author, String title) {
        var response = author.post(
                "/api/v1/entries", "{\"kind\":\"CHALLENGE\",\"title\":\"%s\",\"body\":\"b\"}".formatted(title));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static String comment(HttpProbe who, String entryId, String body) {
        var response = who.post("/api/v1/entries/" + entryId + "/comments", "{\"body\":\"%s\"}".formatted(body));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private int notificationsOf(UUID member) {
        return jdbc.sql("select count(*) from notification where member_id = :m")
                .param("m", member)
                .query(Integer.class)
                .single();
    }

    private int awaitNotifications(UUID member, int count, Duration timeout) {
        var deadline = System.nanoTime() + timeout.toNanos();
        int found;
        while ((found = notificationsOf(member)) < count && System.nanoTime() < deadline) {
            pause(50);
        }
        return found;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readinessIncludesTheBroker() {
        var readiness = http().get("/actuator/health/readiness").json();
        assertThat(readiness.get("components").has("rabbit")).isTrue();
        assertThat(readiness.get("components").get("rabbit").get("status").asString())
                .isEqualTo("UP");
    }

    @Test
    void aCommentGivesOneNotificationAndOneEmailEvenWhenItsMessageIsRedelivered() {
        var author = member("b-author");
        var reader = member("b-reader");
        var entryId = entry(author.http(), "Broker challenge");
        var commentId = comment(reader.http(), entryId, "through RabbitMQ");

        assertThat(awaitNotifications(author.id(), 1, Duration.ofSeconds(10))).isEqualTo(1);
        assertThat(TestMail.await(author.email(), 1, Duration.ofSeconds(10))).hasSize(1);

        // The same message delivered twice more (as a broker redelivers after a lost ack).
        var event = new CommentPosted(
                UUID.fromString(commentId),
                UUID.fromString(entryId),
                "Broker challenge",
                author.id(),
                reader.id(),
                null,
                List.of());
        work.submit(NotificationWork.COMMENT_POSTED, event);
        work.submit(NotificationWork.COMMENT_POSTED, event);
        pause(1500);
        assertThat(notificationsOf(author.id())).isEqualTo(1);
        assertThat(TestMail.to(author.email())).hasSize(1);
        assertThat(queued(NotificationWork.COMMENT_POSTED)).isZero();
    }

    @Test
    void anEmailThatKeepsFailingIsRetriedThenDeadLettered() {
        var author = member("b-dlq-author");
        var reader = member("b-dlq-reader");
        var entryId = entry(author.http(), "Dead letters");
        var before = queued("email.dlq");
        TestMail.stop();
        long started;
        try {
            started = System.nanoTime();
            comment(reader.http(), entryId, "this email cannot be sent");
            var deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (queued("email.dlq") == before && System.nanoTime() < deadline) {
                pause(50);
            }
        } finally {
            TestMail.start();
        }
        var elapsed = Duration.ofNanos(System.nanoTime() - started);
        assertThat(queued("email.dlq")).isEqualTo(before + 1);
        // What the dead-letter queue holds is a metric too.
        assertThat(Prometheus.scrape(http()).value("nexus_messaging_dead_letters", "queue", "email"))
                .isEqualTo(before + 1);
        // Three attempts with 200 ms and 400 ms between them before it was given up.
        assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(600));
        assertThat(notificationsOf(author.id())).isEqualTo(1);
        assertThat(TestMail.to(author.email())).isEmpty();
        // The claim was given back: the email can still be sent when the job is replayed.
        var notificationId = jdbc.sql("select id from notification where member_id = :m")
                .param("m", author.id())
                .query(UUID.class)
                .single();
        assertThat(notifications.wasDelivered(EmailJob.of(notificationId).deliveryKey()))
                .isFalse();
        work.submit(Notifier.EMAIL_QUEUE, EmailJob.of(notificationId));
        assertThat(TestMail.await(author.email(), 1, Duration.ofSeconds(10))).hasSize(1);
    }

    @Test
    void eventsPublishedWhileTheBrokerIsDownAreDeliveredWhenItIsBack() throws Exception {
        var author = member("b-outage-author");
        var reader = member("b-outage-reader");
        var entryId = entry(author.http(), "Outage challenge");
        rabbitmqctl("stop_app");
        try {
            // The comment is saved; its event cannot reach the broker and stays in the registry.
            comment(reader.http(), entryId, "written during the outage");
            pause(2000);
            assertThat(notificationsOf(author.id())).isZero();
            var incomplete = jdbc.sql("select count(*) from event_publication where completion_date is null"
                            + " and serialized_event like :id")
                    .param("id", "%" + entryId + "%")
                    .query(Integer.class)
                    .single();
            assertThat(incomplete).isEqualTo(1);
            // The outbox metrics show work waiting, for some seconds now.
            var metrics = Prometheus.scrape(http());
            assertThat(metrics.value("nexus_outbox_backlog")).isGreaterThanOrEqualTo(1);
            assertThat(metrics.value("nexus_outbox_oldest_age_seconds")).isGreaterThanOrEqualTo(1);
        } finally {
            rabbitmqctl("start_app");
        }
        // The worker's retry (every second here) republishes it once the broker is back.
        assertThat(awaitNotifications(author.id(), 1, Duration.ofSeconds(60))).isEqualTo(1);
        assertThat(TestMail.await(author.email(), 1, Duration.ofSeconds(30))).hasSize(1);
        pause(2000);
        assertThat(notificationsOf(author.id())).isEqualTo(1);
        assertThat(TestMail.to(author.email())).hasSize(1);
    }

    @Test
    void importJobsRunThroughTheBrokerToo() {
        var member = member("b-import");
        var upload = member.http()
                .multipart(
                        "/api/v1/imports",
                        "README.md",
                        "## Future Goals\n\n- Learn Kafka\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        java.util.Map.of("mode", "commit"));
        assertThat(upload.status()).as(upload.body()).isEqualTo(202);
        var path = "/api/v1/imports/" + upload.json().get("id").asString();
        var deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        String status;
        do {
            status = member.http().get(path).json().get("status").asString();
            pause(50);
        } while (!status.equals("COMMITTED") && System.nanoTime() < deadline);
        assertThat(status).isEqualTo("COMMITTED");
        assertThat(queued("imports")).isZero();
    }

    @Test
    void anImportTellsEachFollowerOnceThroughTheBroker() {
        var author = member("b-imp-author");
        var follower = member("b-imp-follower");
        follower.http().send("PUT", "/api/v1/me/following/members/" + author.handle(), null, "");

        var job = ImportNotificationTests.importReadme(author.http(), "PUBLIC");
        var created = job.get("result").get("created").asInt();

        assertThat(awaitNotifications(follower.id(), 1, Duration.ofSeconds(15))).isEqualTo(1);
        assertThat(TestMail.await(follower.email(), 1, Duration.ofSeconds(10))).hasSize(1);
        pause(1000);
        var titles = jdbc.sql("select type || ' ' || title from notification where member_id = :m")
                .param("m", follower.id())
                .query(String.class)
                .list();
        assertThat(titles).containsExactly("IMPORTED " + author.handle() + " imported " + created + " entries");
        assertThat(queued(NotificationWork.IMPORT_COMMITTED)).isZero();
        assertThat(queued(NotificationWork.ENTRY_PUBLISHED)).isZero();
    }

    private int queued(String queue) {
        var info = admin.getQueueInfo(PREFIX + "." + queue);
        return info == null ? 0 : (int) info.getMessageCount();
    }

    private static void rabbitmqctl(String command) throws Exception {
        var process = new ProcessBuilder("rabbitmqctl", command)
                .redirectErrorStream(true)
                .start();
        var output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        if (command.equals("start_app")) {
            var wait = new ProcessBuilder("rabbitmqctl", "await_startup")
                    .redirectErrorStream(true)
                    .start();
            wait.waitFor(60, TimeUnit.SECONDS);
        }
    }

    @AfterAll
    static void removeQueues(@Autowired AmqpAdmin admin) {
        var names = new ArrayList<String>();
        for (var queue : List.of(
                NotificationWork.COMMENT_POSTED,
                NotificationWork.SOLUTION_ACCEPTED,
                NotificationWork.FEEDBACK_GIVEN,
                NotificationWork.ENTRY_PUBLISHED,
                NotificationWork.ENTRY_MENTIONED,
                NotificationWork.IMPORT_COMMITTED,
                Notifier.EMAIL_QUEUE,
                "imports")) {
            names.add(PREFIX + "." + queue);
            names.add(PREFIX + "." + queue + ".dlq");
        }
        names.forEach(admin::deleteQueue);
        admin.deleteExchange(PREFIX + ".work");
        admin.deleteExchange(PREFIX + ".work.dlx");
    }
}
