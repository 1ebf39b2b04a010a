package org.projectnexus.notifications;

import java.time.Instant;
import java.util.UUID;

/**
 * An email to send: one notification ({@code notificationId}), or the digest of a member's
 * unread notifications in {@code (from, to]}.
 */
record EmailJob(UUID notificationId, UUID memberId, String digest, Instant from, Instant to) {

    static EmailJob of(UUID notificationId) {
        return new EmailJob(notificationId, null, null, null, null);
    }

    static EmailJob digest(UUID memberId, String period, Instant from, Instant to) {
        return new EmailJob(null, memberId, period, from, to);
    }

    /** What makes this email the same email when its job is delivered twice. */
    String deliveryKey() {
        return notificationId != null ? "notification:" + notificationId : "digest:" + memberId + ":" + to;
    }
}
