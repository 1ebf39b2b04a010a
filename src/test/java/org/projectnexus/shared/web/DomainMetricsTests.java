package org.projectnexus.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.projectnexus.support.ApiTest;
import org.projectnexus.support.HttpProbe;
import org.projectnexus.support.Prometheus;
import org.projectnexus.support.TestMail;

/**
 * Domain metrics beside the framework's, in {@code /actuator/prometheus}, after the actions they
 * count: imports, emails, search by kind of query, live-stream clients, the outbox. Dead letters
 * are counted where there is a broker ({@code BrokerTests}).
 */
class DomainMetricsTests extends ApiTest {

    private Prometheus scrape() {
        return Prometheus.scrape(http());
    }

    private static double orZero(double value) {
        return Double.isNaN(value) ? 0 : value;
    }

    @Test
    void importsAreCountedAndTimedByOutcome() {
        var me = http().as(accessToken(newLearner("metrics-imp")));
        var before = orZero(scrape().value("nexus_imports_total", "outcome", "committed"));
        var failedBefore = orZero(scrape().value("nexus_imports_total", "outcome", "failed"));

        var submitted = me.multipart(
                "/api/v1/imports",
                "README.md",
                "## Future Goals\n\n- Learn Kafka\n".getBytes(StandardCharsets.UTF_8),
                Map.of("mode", "commit"));
        assertThat(submitted.status()).isEqualTo(202);
        var deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (orZero(scrape().value("nexus_imports_total", "outcome", "committed")) < before + 1
                && System.nanoTime() < deadline) {
            pause(50);
        }

        var after = scrape();
        assertThat(after.value("nexus_imports_total", "outcome", "committed", "mode", "commit"))
                .isGreaterThanOrEqualTo(before + 1);
        assertThat(after.value("nexus_imports_duration_seconds_count", "outcome", "committed"))
                .isGreaterThanOrEqualTo(1);
        assertThat(after.value("nexus_imports_duration_seconds_sum", "outcome", "committed"))
                .isGreaterThan(0)
                .isLessThan(60);
        assertThat(orZero(after.value("nexus_imports_total", "outcome", "failed")))
                .isEqualTo(failedBefore);
    }

    @Test
    void emailsAreCountedByOutcome() {
        var author = newLearner("metrics-mail");
        var reader = http().as(accessToken(newLearner("metrics-reader")));
        var before = orZero(scrape().value("nexus_emails_total", "kind", "notification", "outcome", "sent"));
        var entry = http().as(accessToken(author))
                .post("/api/v1/entries", "{\"kind\":\"LEARNING\",\"title\":\"Metered\",\"body\":\"b\"}");
        reader.post("/api/v1/entries/" + entry.json().get("id").asString() + "/comments", "{\"body\":\"hi\"}");
        assertThat(TestMail.await(author + "@example.org", 1, Duration.ofSeconds(10)))
                .hasSize(1);

        assertThat(scrape().value("nexus_emails_total", "kind", "notification", "outcome", "sent"))
                .isGreaterThanOrEqualTo(before + 1);
    }

    @Test
    void searchLatencyIsTimedByKindOfQuery() {
        var http = http();
        assertThat(http.get("/api/v1/search?q=celery+retries").status()).isEqualTo(200);
        assertThat(http.get("/api/v1/search?q=%22rate+limiting%22").status()).isEqualTo(200);
        assertThat(http.get("/api/v1/search?q=redis+-cache").status()).isEqualTo(200);
        assertThat(http.get("/api/v1/search?q=celery&kind=CHALLENGE").status()).isEqualTo(200);

        var metrics = scrape();
        for (var kind : new String[] {"words", "phrase", "operators"}) {
            assertThat(metrics.value("nexus_search_seconds_count", "kind", kind, "filtered", "false"))
                    .as(kind)
                    .isGreaterThanOrEqualTo(1);
        }
        assertThat(metrics.value("nexus_search_seconds_count", "kind", "words", "filtered", "true"))
                .isGreaterThanOrEqualTo(1);
        assertThat(metrics.value("nexus_search_seconds_max", "kind", "phrase"))
                .isGreaterThan(0)
                .isLessThan(10);
    }

    @Test
    void liveStreamClientsAreAGauge() throws Exception {
        var token = accessToken(newLearner("metrics-sse"));
        var before = scrape().value("nexus_notifications_streams");
        assertThat(before).isGreaterThanOrEqualTo(0);

        var request = new HttpProbe(port)
                .as(token)
                .request("/api/v1/me/notifications/stream", "Accept", "text/event-stream")
                .GET()
                .build();
        var stream = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        try {
            assertThat(stream.statusCode()).isEqualTo(200);
            // At least this one (streams other tests left are noticed only at their next heartbeat).
            assertThat(scrape().value("nexus_notifications_streams")).isGreaterThanOrEqualTo(1);
        } finally {
            stream.body().close();
        }
    }

    @Test
    void theOutboxBacklogAndItsAgeAreGauges() {
        var metrics = scrape();
        var backlog = metrics.value("nexus_outbox_backlog");
        var incomplete = jdbc.sql("select count(*) from event_publication where completion_date is null")
                .query(Long.class)
                .single();
        assertThat(backlog).isGreaterThanOrEqualTo(0).isCloseTo(incomplete, org.assertj.core.data.Offset.offset(5.0));
        assertThat(metrics.value("nexus_outbox_oldest_age_seconds")).isGreaterThanOrEqualTo(0);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
