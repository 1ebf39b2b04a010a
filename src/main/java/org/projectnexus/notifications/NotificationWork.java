package org.projectnexus.notifications;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.projectnexus.accounts.MemberSummary;
import org.projectnexus.accounts.Members;
import org.projectnexus.collaboration.CommentPosted;
import org.projectnexus.collaboration.FeedbackGiven;
import org.projectnexus.collaboration.Follows;
import org.projectnexus.collaboration.SolutionAccepted;
import org.projectnexus.entries.EntryMentioned;
import org.projectnexus.entries.EntryPublished;
import org.projectnexus.imports.ImportCommitted;
import org.projectnexus.shared.WorkHandler;
import org.projectnexus.shared.WorkQueue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * From domain events to notifications. Each event is handed to the work queue by a listener of the
 * publication registry (so it survives a crash and is retried), and turned into notifications by
 * its handler — through RabbitMQ on the worker role when a broker is configured, in-process
 * otherwise. Handlers are idempotent: notifications are keyed per member and event.
 */
@Configuration(proxyBeanMethods = false)
class NotificationWork {

    static final String COMMENT_POSTED = "notify.comment-posted";
    static final String SOLUTION_ACCEPTED = "notify.solution-accepted";
    static final String FEEDBACK_GIVEN = "notify.feedback-given";
    static final String ENTRY_PUBLISHED = "notify.entry-published";
    static final String ENTRY_MENTIONED = "notify.entry-mentioned";
    static final String IMPORT_COMMITTED = "notify.import-committed";

    /** A handler as a bean: queue, payload type and what to do, in one transaction. */
    record Handler<T>(String queue, Class<T> type, Consumer<T> body, TransactionTemplate transactions)
            implements WorkHandler<T> {

        @Override
        public void handle(T payload) {
            transactions.executeWithoutResult(tx -> body.accept(payload));
        }
    }

    /** The listeners: every event goes to its queue. */
    @org.springframework.stereotype.Component
    static class Listeners {

        private final WorkQueue work;

        Listeners(WorkQueue work) {
            this.work = work;
        }

        @ApplicationModuleListener
        void on(CommentPosted event) {
            work.submit(COMMENT_POSTED, event);
        }

        @ApplicationModuleListener
        void on(SolutionAccepted event) {
            work.submit(SOLUTION_ACCEPTED, event);
        }

        @ApplicationModuleListener
        void on(FeedbackGiven event) {
            work.submit(FEEDBACK_GIVEN, event);
        }

        @ApplicationModuleListener
        void on(EntryPublished event) {
            // An import's entries are announced once, by ImportCommitted: no message per entry.
            if (!event.imported()) {
                work.submit(ENTRY_PUBLISHED, event);
            }
        }

        @ApplicationModuleListener
        void on(EntryMentioned event) {
            work.submit(ENTRY_MENTIONED, event);
        }

        @ApplicationModuleListener
        void on(ImportCommitted event) {
            work.submit(IMPORT_COMMITTED, event);
        }
    }

    @Bean
    WorkHandler<CommentPosted> commentPostedHandler(
            Notifier notifier, Members members, TransactionTemplate transactions) {
        return new Handler<>(
                COMMENT_POSTED,
                CommentPosted.class,
                e -> {
                    // One notification per member for a comment, with the most specific reason.
                    var recipients = new LinkedHashMap<UUID, NotificationType>();
                    if (e.parentAuthorId() != null) {
                        recipients.put(e.parentAuthorId(), NotificationType.REPLY);
                    }
                    recipients.putIfAbsent(e.entryAuthorId(), NotificationType.COMMENT);
                    for (var handle : e.mentions()) {
                        members.findByHandle(handle)
                                .ifPresent(m -> recipients.putIfAbsent(m.id(), NotificationType.MENTION));
                    }
                    recipients.remove(e.authorId());
                    var actor = name(members, e.authorId());
                    recipients.forEach((recipient, type) -> notifier.notify(
                            recipient,
                            type,
                            e.authorId(),
                            e.entryId(),
                            e.commentId(),
                            switch (type) {
                                case REPLY -> actor + " replied to your comment on “" + e.entryTitle() + "”";
                                case COMMENT -> actor + " commented on “" + e.entryTitle() + "”";
                                default -> actor + " mentioned you in a comment on “" + e.entryTitle() + "”";
                            },
                            "comment:" + e.commentId()));
                },
                transactions);
    }

    @Bean
    WorkHandler<SolutionAccepted> solutionAcceptedHandler(
            Notifier notifier, Members members, TransactionTemplate transactions) {
        return new Handler<>(
                SOLUTION_ACCEPTED,
                SolutionAccepted.class,
                e -> {
                    if (e.commentAuthorId().equals(e.markedBy())) {
                        return;
                    }
                    notifier.notify(
                            e.commentAuthorId(),
                            NotificationType.SOLUTION_ACCEPTED,
                            e.markedBy(),
                            e.entryId(),
                            e.commentId(),
                            name(members, e.markedBy()) + " accepted your comment as the solution of “" + e.entryTitle()
                                    + "”" + (e.endorsed() ? " (endorsed by a mentor)" : ""),
                            "accepted:" + e.entryId() + ":" + e.commentId());
                },
                transactions);
    }

    @Bean
    WorkHandler<FeedbackGiven> feedbackGivenHandler(
            Notifier notifier, Members members, TransactionTemplate transactions) {
        return new Handler<>(
                FEEDBACK_GIVEN,
                FeedbackGiven.class,
                e -> {
                    if (e.updated()) {
                        return; // told once per reviewer; edits are on the entry
                    }
                    notifier.notify(
                            e.projectAuthorId(),
                            NotificationType.FEEDBACK,
                            e.reviewerId(),
                            e.entryId(),
                            null,
                            name(members, e.reviewerId()) + " reviewed the API design of “" + e.entryTitle() + "”",
                            "feedback:" + e.entryId() + ":" + e.reviewerId());
                },
                transactions);
    }

    @Bean
    WorkHandler<EntryPublished> entryPublishedHandler(
            Notifier notifier, Members members, Follows follows, TransactionTemplate transactions) {
        return new Handler<>(
                ENTRY_PUBLISHED,
                EntryPublished.class,
                e -> {
                    if (e.imported()) {
                        return; // its import tells the followers once (importCommittedHandler)
                    }
                    var followers = follows.followersOf(e.authorId(), e.technologyIds());
                    followers.remove(e.authorId());
                    var title = name(members, e.authorId()) + " published “" + e.title() + "”";
                    for (var follower : followers) {
                        notifier.notify(
                                follower,
                                NotificationType.NEW_ENTRY,
                                e.authorId(),
                                e.entryId(),
                                null,
                                title,
                                "entry:" + e.entryId());
                    }
                },
                transactions);
    }

    /** One notification per follower for a whole import ("Ada imported 21 entries"), not one per entry. */
    @Bean
    WorkHandler<ImportCommitted> importCommittedHandler(
            Notifier notifier, Members members, Follows follows, TransactionTemplate transactions) {
        return new Handler<>(
                IMPORT_COMMITTED,
                ImportCommitted.class,
                e -> {
                    var followers = follows.followersOf(e.memberId(), e.technologyIds());
                    followers.remove(e.memberId());
                    var title = name(members, e.memberId()) + " imported " + e.published()
                            + (e.published() == 1 ? " entry" : " entries");
                    for (var follower : followers) {
                        notifier.notify(
                                follower,
                                NotificationType.IMPORTED,
                                e.memberId(),
                                null,
                                null,
                                title,
                                "import:" + e.jobId());
                    }
                },
                transactions);
    }

    @Bean
    WorkHandler<EntryMentioned> entryMentionedHandler(
            Notifier notifier, Members members, TransactionTemplate transactions) {
        return new Handler<>(
                ENTRY_MENTIONED,
                EntryMentioned.class,
                e -> {
                    var title = name(members, e.authorId()) + " mentioned you in “" + e.title() + "”";
                    for (var handle : e.handles()) {
                        members.findByHandle(handle)
                                .filter(m -> !m.id().equals(e.authorId()))
                                .ifPresent(m -> notifier.notify(
                                        m.id(),
                                        NotificationType.MENTION,
                                        e.authorId(),
                                        e.entryId(),
                                        null,
                                        title,
                                        "mention:" + e.entryId()));
                    }
                },
                transactions);
    }

    private static String name(Members members, UUID id) {
        Map<UUID, MemberSummary> found = members.findAllById(List.of(id));
        var member = found.get(id);
        return member == null ? "Someone" : member.displayName();
    }
}
