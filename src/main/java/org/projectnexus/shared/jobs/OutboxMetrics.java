package org.projectnexus.shared.jobs;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox (event publication registry) in {@code /actuator/prometheus}: {@code
 * nexus_outbox_backlog}, how many events still wait for their listener, and {@code
 * nexus_outbox_oldest_age_seconds}, how long the oldest has waited. A backlog that grows, or an age
 * beyond the retry interval, means background work is stuck (broker, SMTP or a handler down). Read
 * at each scrape; both are the same on every replica (one database).
 */
@Component
class OutboxMetrics implements MeterBinder {

    private final JdbcClient jdbc;

    OutboxMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("nexus.outbox.backlog", this, OutboxMetrics::backlog)
                .description("Event publications whose listener has not completed")
                .register(registry);
        Gauge.builder("nexus.outbox.oldest.age", this, OutboxMetrics::oldestAge)
                .description("Age of the oldest incomplete event publication (0 when there is none)")
                .baseUnit("seconds")
                .register(registry);
    }

    private double backlog() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null")
                .query(Long.class)
                .single();
    }

    private double oldestAge() {
        return jdbc.sql("""
                        select coalesce(extract(epoch from now() - min(publication_date)), 0)
                        from event_publication where completion_date is null""").query(Double.class).single();
    }
}
