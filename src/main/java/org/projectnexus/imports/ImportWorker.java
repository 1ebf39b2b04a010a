package org.projectnexus.imports;

import java.time.Clock;
import java.time.Duration;
import org.projectnexus.shared.ConditionalOnNexusRole;
import org.projectnexus.shared.NexusRole;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The worker side of imports. A job is queued in the database with its upload, so it survives a
 * restart; its event goes through the work queue (RabbitMQ to a worker when a broker is
 * configured, in-process otherwise), and the worker's sweep picks up what no handler started (the
 * process died while the event was pending) and what a dead worker left running.
 */
@Component
@ConditionalOnNexusRole(NexusRole.WORKER)
class ImportWorker {

    /** How long a queued job waits for its event before the sweep takes it. */
    static final Duration QUEUED_GRACE = Duration.ofSeconds(30);

    private final ImportService imports;
    private final ImportJobRepository jobs;
    private final Clock clock;

    ImportWorker(ImportService imports, ImportJobRepository jobs, Clock clock) {
        this.imports = imports;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT20S", fixedDelayString = "${nexus.imports.sweep-interval:PT30S}")
    void sweep() {
        var now = clock.instant();
        for (var id : jobs.waiting(now.minus(QUEUED_GRACE), now.minus(ImportService.STALE_RUNNING), 20)) {
            imports.process(id);
        }
    }
}
