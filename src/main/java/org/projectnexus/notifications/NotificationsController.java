package org.projectnexus.notifications;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.projectnexus.accounts.CurrentMember;
import org.projectnexus.notifications.NotificationRepository.EmailMode;
import org.projectnexus.shared.Ids;
import org.projectnexus.shared.ProblemException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Notifications", description = "In-app notifications, the live stream, email settings")
class NotificationsController {

    record ReadRequest(@Size(max = 100) List<String> ids, Boolean all) {}

    record SettingsRequest(@NotNull EmailMode email) {}

    private final NotificationService notifications;
    private final ObjectProvider<NotificationStream> stream;
    private final UnsubscribePage page;

    NotificationsController(
            NotificationService notifications, ObjectProvider<NotificationStream> stream, UnsubscribePage page) {
        this.notifications = notifications;
        this.stream = stream;
        this.page = page;
    }

    @GetMapping("/me/notifications")
    @SecurityRequirement(name = "bearer")
    @Operation(
            summary = "Your notifications",
            description = "Newest first, with the unread count; unread=true for unread only.")
    NotificationService.NotificationPage list(
            @AuthenticationPrincipal CurrentMember me,
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return notifications.list(me, unread, limit, cursor);
    }

    @PostMapping("/me/notifications/read")
    @SecurityRequirement(name = "bearer")
    @Operation(
            summary = "Mark notifications read",
            description = "{\"ids\": [...]} or {\"all\": true}; returns the unread count.")
    Map<String, Integer> read(@AuthenticationPrincipal CurrentMember me, @Valid @RequestBody ReadRequest body) {
        var ids = body.ids() == null
                ? null
                : body.ids().stream().map(id -> Ids.parse(id, "notification")).toList();
        return Map.of("unread", notifications.markRead(me, ids, Boolean.TRUE.equals(body.all())));
    }

    @GetMapping(path = "/me/notifications/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @SecurityRequirement(name = "bearer")
    @Operation(
            summary = "Live notifications (Server-Sent Events)",
            description = "First an 'unread' event with the count, then a 'notification' event for each new one,"
                    + " from any replica; a comment every 20 s keeps the connection open.")
    SseEmitter stream(@AuthenticationPrincipal CurrentMember me) {
        var live = stream.getIfAvailable();
        if (live == null) {
            throw new ProblemException(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "stream-unavailable",
                    "Stream unavailable",
                    "This replica does not stream.");
        }
        return live.open(me.id());
    }

    @GetMapping("/me/notification-settings")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Your email setting", description = "IMMEDIATE (default), DAILY or WEEKLY digest, or OFF.")
    NotificationService.Settings settings(@AuthenticationPrincipal CurrentMember me) {
        return notifications.settings(me);
    }

    @PutMapping("/me/notification-settings")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change your email setting")
    NotificationService.Settings saveSettings(
            @AuthenticationPrincipal CurrentMember me, @Valid @RequestBody SettingsRequest body) {
        return notifications.saveSettings(me, body.email());
    }

    /** A person's click on the link in an email: a page asking to confirm; never unsubscribes by itself. */
    @GetMapping("/notifications/unsubscribe")
    @Operation(
            summary = "The page of the unsubscribe link in every email",
            description = "An HTML page with a button that POSTs to the same address; a GET changes nothing,"
                    + " as mail scanners follow links.")
    ResponseEntity<String> unsubscribePage(@RequestParam(required = false) String token) {
        return notifications
                .unsubscribeHandle(token)
                .map(handle -> page.confirm(handle, token))
                .orElseGet(page::invalid);
    }

    /**
     * Unsubscribes: the page's button (answered with a page), or a mail client's one-click POST
     * ({@code List-Unsubscribe-Post}, RFC 8058), answered with JSON like the rest of the API.
     */
    @PostMapping("/notifications/unsubscribe")
    @Operation(summary = "Stop all emails (the page's button, or one-click unsubscribe, RFC 8058)")
    ResponseEntity<?> unsubscribe(
            @RequestParam(required = false) String token,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        var fromPage = accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
        if (fromPage && notifications.unsubscribeHandle(token).isEmpty()) {
            return page.invalid();
        }
        notifications.unsubscribe(token);
        return fromPage
                ? page.done()
                : ResponseEntity.ok(
                        Map.of("email", "OFF", "message", "You will get no more emails from Project Nexus."));
    }
}
