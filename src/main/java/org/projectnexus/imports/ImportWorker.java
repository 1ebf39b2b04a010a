package org.projectnexus.imports;

import java.time.Clock;
import java.time.Duration;
import org.projectnexus.shared.ConditionalOnNexusRole;
import org.projectnexus.shared.NexusRole;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The worker side of imports. A job is queued in the database with its upload, so it survives a
 * restart: the event starts it at once when this process has the worker role, and the sweep picks
 * up what no worker started (the event went to a process without the role, or the process died
 * while the event was pending) and what a dead worker left running.
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

    // Not @ApplicationModuleListener: that wraps the listener in one transaction, and a job's
    // progress and failure must be visible while it runs. The publication registry still tracks it.
    @Async
    @TransactionalEventListener
    void on(ImportRequested requested) {
        imports.process(requested.jobId());
    }

    @Scheduled(initialDelayString = "PT20S", fixedDelayString = "${nexus.imports.sweep-interval:PT30S}")
    void sweep() {
        var now = clock.instant();
        for (var id : jobs.waiting(now.minus(QUEUED_GRACE), now.minus(ImportService.STALE_RUNNING), 20)) {
            imports.process(id);
        }
    }
}
