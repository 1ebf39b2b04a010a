package org.projectnexus.notifications;

import java.time.Clock;
import java.util.UUID;
import org.projectnexus.notifications.NotificationRepository.EmailMode;
import org.projectnexus.notifications.NotificationRepository.Notification;
import org.projectnexus.shared.Ids;
import org.projectnexus.shared.WorkQueue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Creates a notification (once per member and key, however often it is asked) and, for members who
 * want email at once, hands its email to the work queue until it has been sent.
 */
@Component
class Notifier {

    static final String EMAIL_QUEUE = "email";

    private final NotificationRepository repository;
    private final WorkQueue work;
    private final Clock clock;

    Notifier(NotificationRepository repository, WorkQueue work, Clock clock) {
        this.repository = repository;
        this.work = work;
        this.clock = clock;
    }

    void notify(
            UUID recipient,
            NotificationType type,
            UUID actor,
            UUID entryId,
            UUID commentId,
            String title,
            String dedupeKey) {
        var saved = repository.save(
                new Notification(Ids.newId(), recipient, type, actor, entryId, commentId, title, clock.instant(), null),
                dedupeKey);
        var id = saved.notification().id();
        // Also when the notification existed: a retry must still get an unsent email out (the
        // email job itself sends at most once).
        if (repository.emailMode(recipient) == EmailMode.IMMEDIATE
                && !repository.wasDelivered(EmailJob.of(id).deliveryKey())) {
            afterCommit(() -> work.submit(EMAIL_QUEUE, EmailJob.of(id)));
        }
    }

    /**
     * The email job must not reach a worker before the notification it reads is committed. A
     * failure to submit still fails the caller (after the commit), so the event is retried and the
     * email submitted then.
     */
    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
