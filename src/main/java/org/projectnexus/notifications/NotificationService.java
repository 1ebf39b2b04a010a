package org.projectnexus.notifications;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.projectnexus.accounts.CurrentMember;
import org.projectnexus.accounts.MemberSummary;
import org.projectnexus.accounts.Members;
import org.projectnexus.notifications.NotificationRepository.EmailMode;
import org.projectnexus.notifications.NotificationRepository.Notification;
import org.projectnexus.shared.CursorCodec;
import org.projectnexus.shared.CursorPage;
import org.projectnexus.shared.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The in-app side: a member's notifications, unread count, marking read, email settings. */
@Service
class NotificationService {

    record NotificationView(
            String id,
            NotificationType type,
            String title,
            String actor,
            String entryId,
            String commentId,
            boolean read,
            Instant createdAt) {}

    /** @param cursors the cursor after each item (GraphQL edges); not part of the REST answer */
    record NotificationPage(
            int unread,
            List<NotificationView> items,
            String nextCursor,
            @JsonIgnore List<String> cursors) {

        CursorPage<NotificationView> page() {
            return new CursorPage<>(items, nextCursor, cursors);
        }
    }

    record Settings(EmailMode email) {}

    private final NotificationRepository repository;
    private final Members members;
    private final CursorCodec cursors;
    private final Unsubscribe unsubscribe;
    private final Clock clock;

    NotificationService(
            NotificationRepository repository,
            Members members,
            CursorCodec cursors,
            Unsubscribe unsubscribe,
            Clock clock) {
        this.repository = repository;
        this.members = members;
        this.cursors = cursors;
        this.unsubscribe = unsubscribe;
        this.clock = clock;
    }

    NotificationPage list(CurrentMember me, boolean unreadOnly, Integer limit, String cursor) {
        var slice = cursors.timeKeyset(
                limit,
                cursor,
                "notifications|" + me.id() + "|" + unreadOnly,
                (afterTime, afterId, size) -> repository.list(me.id(), unreadOnly, afterTime, afterId, size),
                Notification::createdAt,
                Notification::id);
        var actors = members.findAllById(slice.items().stream()
                .map(Notification::actorId)
                .filter(a -> a != null)
                .collect(Collectors.toSet()));
        var items = slice.items().stream()
                .map(n -> view(n, actors.get(n.actorId())))
                .toList();
        return new NotificationPage(repository.unread(me.id()), items, slice.nextCursor(), slice.cursors());
    }

    Object view(Notification n) {
        var actor = n.actorId() == null
                ? null
                : members.findAllById(List.of(n.actorId())).get(n.actorId());
        return view(n, actor);
    }

    private static NotificationView view(Notification n, MemberSummary actor) {
        return new NotificationView(
                n.id().toString(),
                n.type(),
                n.title(),
                actor == null ? null : actor.handle(),
                n.entryId() == null ? null : n.entryId().toString(),
                n.commentId() == null ? null : n.commentId().toString(),
                n.readAt() != null,
                n.createdAt());
    }

    /** Marks the given notifications read, or all of them; returns the unread count after. */
    @Transactional
    int markRead(CurrentMember me, List<UUID> ids, boolean all) {
        if (all) {
            repository.markAllRead(me.id(), clock.instant());
        } else if (ids != null && !ids.isEmpty()) {
            repository.markRead(me.id(), ids, clock.instant());
        } else {
            throw ProblemException.invalid("ids", "give the ids to mark read, or \"all\": true");
        }
        return repository.unread(me.id());
    }

    Settings settings(CurrentMember me) {
        return new Settings(repository.emailMode(me.id()));
    }

    @Transactional
    Settings saveSettings(CurrentMember me, EmailMode email) {
        repository.saveEmailMode(me.id(), email, clock.instant());
        return new Settings(email);
    }

    /** The handle of the member a signed unsubscribe token names, if it is one of ours. */
    java.util.Optional<String> unsubscribeHandle(String token) {
        return unsubscribe
                .memberOf(token)
                .flatMap(id -> java.util.Optional.ofNullable(
                        members.findAllById(List.of(id)).get(id)))
                .map(MemberSummary::handle);
    }

    /** Turns email off for the member a signed unsubscribe token names. */
    @Transactional
    void unsubscribe(String token) {
        var memberId = unsubscribe
                .memberOf(token)
                .orElseThrow(() -> ProblemException.badRequest(
                        "invalid-unsubscribe-token", "This unsubscribe link is not valid; use the one in the email."));
        repository.saveEmailMode(memberId, EmailMode.OFF, clock.instant());
    }
}
