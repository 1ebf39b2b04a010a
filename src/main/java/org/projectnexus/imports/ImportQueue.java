package org.projectnexus.imports;

import org.projectnexus.shared.WorkHandler;
import org.projectnexus.shared.WorkQueue;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Import jobs on the background-work backbone: the event of a queued job is submitted to the
 * {@code imports} queue once the upload is committed, and its handler runs the job (on a worker
 * through RabbitMQ, or here without a broker). Running a job twice is harmless: only one claims it.
 */
@Component
class ImportQueue implements WorkHandler<ImportRequested> {

    static final String QUEUE = "imports";

    private final ImportService imports;
    private final WorkQueue work;

    ImportQueue(ImportService imports, WorkQueue work) {
        this.imports = imports;
        this.work = work;
    }

    // Not @ApplicationModuleListener: that wraps the listener in one transaction, and a job's
    // progress and failure must be visible while it runs. The publication registry still tracks it.
    @Async
    @TransactionalEventListener
    void on(ImportRequested requested) {
        work.submit(QUEUE, requested);
    }

    @Override
    public String queue() {
        return QUEUE;
    }

    @Override
    public Class<ImportRequested> type() {
        return ImportRequested.class;
    }

    @Override
    public void handle(ImportRequested requested) {
        imports.process(requested.jobId());
    }
}
