package org.projectnexus.shared.jobs;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.projectnexus.shared.ConditionalOnNexusRole;
import org.projectnexus.shared.NexusRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The periodic work of the {@code worker} and {@code scheduler} roles around the event
 * publication registry (the outbox every module's background work goes through).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableAsync
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class BackgroundJobsConfiguration {

    /** Scheduled jobs take a lock in the database (table {@code shedlock}), timed by its clock. */
    @Bean
    LockProvider lockProvider(JdbcTemplate jdbc) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(jdbc)
                .usingDbTime()
                .build());
    }

    @Bean
    @ConditionalOnNexusRole(NexusRole.WORKER)
    FailedEventRetry failedEventRetry(IncompleteEventPublications incomplete, JobsProperties properties) {
        return new FailedEventRetry(incomplete, properties);
    }

    @Bean
    @ConditionalOnNexusRole(NexusRole.SCHEDULER)
    CompletedEventCleanup completedEventCleanup(CompletedEventPublications completed, JobsProperties properties) {
        return new CompletedEventCleanup(completed, properties);
    }

    /**
     * Re-runs listeners whose work failed or was cut off by a crash. Listeners are written to be
     * idempotent, so a retry of work that did in fact finish does nothing twice.
     */
    static final class FailedEventRetry {

        private static final Logger log = LoggerFactory.getLogger(FailedEventRetry.class);

        private final IncompleteEventPublications incomplete;
        private final JobsProperties properties;

        FailedEventRetry(IncompleteEventPublications incomplete, JobsProperties properties) {
            this.incomplete = incomplete;
            this.properties = properties;
        }

        @Scheduled(
                initialDelayString = "${nexus.jobs.retry-interval:PT1M}",
                fixedDelayString = "${nexus.jobs.retry-interval:PT1M}")
        void retry() {
            log.debug("Resubmitting event publications incomplete for over {}", properties.retryAfter());
            incomplete.resubmitIncompletePublicationsOlderThan(properties.retryAfter());
        }
    }

    /** Keeps the publication table small: completed entries are only needed for a while. */
    static final class CompletedEventCleanup {

        private final CompletedEventPublications completed;
        private final JobsProperties properties;

        CompletedEventCleanup(CompletedEventPublications completed, JobsProperties properties) {
            this.completed = completed;
            this.properties = properties;
        }

        @Scheduled(cron = "${nexus.jobs.cleanup-cron:0 17 3 * * *}")
        void deleteOldCompleted() {
            completed.deletePublicationsOlderThan(properties.completedRetention());
        }
    }
}
