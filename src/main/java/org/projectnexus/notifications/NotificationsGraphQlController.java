package org.projectnexus.notifications;

import java.util.List;
import org.projectnexus.accounts.CurrentMember;
import org.projectnexus.shared.Connection;
import org.projectnexus.shared.Ids;
import org.projectnexus.shared.ProblemException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/** Your notifications in GraphQL, as {@code GET /me/notifications} and {@code POST /me/notifications/read}. */
@Controller
class NotificationsGraphQlController {

    /** A connection with the unread count beside it. */
    record NotificationConnection(
            int unread,
            List<Connection.Edge<NotificationService.NotificationView>> edges,
            Connection.PageInfo pageInfo) {}

    private static final int MAX_IDS = 100;

    private final NotificationService notifications;

    NotificationsGraphQlController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @QueryMapping
    @PreAuthorize("hasAuthority('SCOPE_read')")
    NotificationConnection notifications(
            @AuthenticationPrincipal CurrentMember me,
            @Argument Boolean unreadOnly,
            @Argument Integer first,
            @Argument String after) {
        var page = notifications.list(me, Boolean.TRUE.equals(unreadOnly), Connection.first(first), after);
        var connection = Connection.of(page.page(), after);
        return new NotificationConnection(page.unread(), connection.edges(), connection.pageInfo());
    }

    @MutationMapping
    @PreAuthorize("hasAuthority('SCOPE_write')")
    int markNotificationsRead(
            @AuthenticationPrincipal CurrentMember me, @Argument List<String> ids, @Argument Boolean all) {
        if (ids != null && ids.size() > MAX_IDS) {
            throw ProblemException.invalid("ids", "at most " + MAX_IDS + " at a time (or all: true)");
        }
        var parsed = ids == null
                ? null
                : ids.stream().map(id -> Ids.parse(id, "notification")).toList();
        return notifications.markRead(me, parsed, Boolean.TRUE.equals(all));
    }
}
