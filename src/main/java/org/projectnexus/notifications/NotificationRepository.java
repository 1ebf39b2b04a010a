package org.projectnexus.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class NotificationRepository {

    /** The channel every replica LISTENs on; the payload is the notification id. */
    static final String CHANNEL = "nexus_notification";

    record Notification(
            UUID id,
            UUID memberId,
            NotificationType type,
            UUID actorId,
            UUID entryId,
            UUID commentId,
            String title,
            Instant createdAt,
            Instant readAt) {}

    enum EmailMode {
        IMMEDIATE,
        DAILY,
        WEEKLY,
        OFF
    }

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Creates the notification unless the member already has one with this key; returns the
     * stored one either way, and whether it is new. A new one is announced on {@link #CHANNEL}
     * when the transaction commits.
     */
    record Saved(Notification notification, boolean created) {}

    Saved save(Notification n, String dedupeKey) {
        var inserted = jdbc.sql("""
                        insert into notification (id, member_id, type, actor_id, entry_id, comment_id, title, dedupe_key,
                          created_at)
                        values (:id, :member, :type, :actor, :entry, :comment, :title, :key, :created)
                        on conflict (member_id, dedupe_key) do nothing""")
                        .param("id", n.id())
                        .param("member", n.memberId())
                        .param("type", n.type().name())
                        .param("actor", n.actorId())
                        .param("entry", n.entryId())
                        .param("comment", n.commentId())
                        .param("title", n.title())
                        .param("key", dedupeKey)
                        .param("created", Timestamp.from(n.createdAt()))
                        .update()
                == 1;
        if (inserted) {
            jdbc.sql("select pg_notify('" + CHANNEL + "', :id)")
                    .param("id", n.id().toString())
                    .query((rs, row) -> 1)
                    .list();
            return new Saved(n, true);
        }
        var existing = jdbc.sql("select * from notification where member_id = :member and dedupe_key = :key")
                .param("member", n.memberId())
                .param("key", dedupeKey)
                .query(NotificationRepository::map)
                .single();
        return new Saved(existing, false);
    }

    Optional<Notification> find(UUID id) {
        return jdbc.sql("select * from notification where id = :id")
                .param("id", id)
                .query(NotificationRepository::map)
                .optional();
    }

    /** Newest first after {@code [createdAt, id]}, one more than the limit. */
    List<Notification> list(UUID memberId, boolean unreadOnly, Instant afterCreated, UUID afterId, int limit) {
        return jdbc.sql("select * from notification where member_id = :member"
                        + (unreadOnly ? " and read_at is null" : "")
                        + (afterId == null ? "" : " and (created_at, id) < (:afterCreated, :afterId)")
                        + " order by created_at desc, id desc limit :limit")
                .param("member", memberId)
                .param("afterCreated", afterCreated == null ? null : Timestamp.from(afterCreated))
                .param("afterId", afterId)
                .param("limit", limit + 1)
                .query(NotificationRepository::map)
                .list();
    }

    int unread(UUID memberId) {
        return jdbc.sql("select count(*) from notification where member_id = :member and read_at is null")
                .param("member", memberId)
                .query(Integer.class)
                .single();
    }

    int markRead(UUID memberId, Collection<UUID> ids, Instant now) {
        return jdbc.sql("update notification set read_at = :now where member_id = :member and read_at is null"
                        + " and id in (:ids)")
                .param("member", memberId)
                .param("ids", ids)
                .param("now", Timestamp.from(now))
                .update();
    }

    int markAllRead(UUID memberId, Instant now) {
        return jdbc.sql("update notification set read_at = :now where member_id = :member and read_at is null")
                .param("member", memberId)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Unread notifications of a member created in {@code (from, to]}, oldest first (digests). */
    List<Notification> unreadBetween(UUID memberId, Instant from, Instant to) {
        return jdbc.sql("""
                        select * from notification where member_id = :member and read_at is null
                          and created_at > :from and created_at <= :to order by created_at, id""")
                .param("member", memberId)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(NotificationRepository::map)
                .list();
    }

    // --- settings --------------------------------------------------------------------------------

    EmailMode emailMode(UUID memberId) {
        return jdbc.sql("select email from notification_settings where member_id = :member")
                .param("member", memberId)
                .query((rs, row) -> EmailMode.valueOf(rs.getString("email")))
                .optional()
                .orElse(EmailMode.IMMEDIATE);
    }

    void saveEmailMode(UUID memberId, EmailMode mode, Instant now) {
        jdbc.sql("""
                        insert into notification_settings (member_id, email, updated_at) values (:member, :mode, :now)
                        on conflict (member_id) do update set email = :mode, updated_at = :now""")
                .param("member", memberId)
                .param("mode", mode.name())
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Members whose email setting is this digest mode. */
    List<UUID> membersWithMode(EmailMode mode) {
        return jdbc.sql("select member_id from notification_settings where email = :mode")
                .param("mode", mode.name())
                .query(UUID.class)
                .list();
    }

    // --- email deliveries ------------------------------------------------------------------------

    /**
     * Claims the delivery of an email: true if nobody sent it or is sending it (a claim older than
     * {@code staleBefore} was left by a worker that died and is taken over).
     */
    boolean claimDelivery(String key, UUID memberId, Instant now, Instant staleBefore) {
        return jdbc.sql("""
                        insert into email_delivery (delivery_key, member_id, status, claimed_at)
                        values (:key, :member, 'SENDING', :now)
                        on conflict (delivery_key) do update set claimed_at = :now
                          where email_delivery.status = 'SENDING' and email_delivery.claimed_at < :stale""")
                        .param("key", key)
                        .param("member", memberId)
                        .param("now", Timestamp.from(now))
                        .param("stale", Timestamp.from(staleBefore))
                        .update()
                == 1;
    }

    void delivered(String key, Instant now) {
        jdbc.sql("update email_delivery set status = 'SENT', sent_at = :now where delivery_key = :key")
                .param("key", key)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Gives a claim back after a failed send, so the retry can take it. */
    void release(String key) {
        jdbc.sql("delete from email_delivery where delivery_key = :key and status = 'SENDING'")
                .param("key", key)
                .update();
    }

    boolean wasDelivered(String key) {
        return jdbc.sql("select count(*) from email_delivery where delivery_key = :key and status = 'SENT'")
                        .param("key", key)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    // --- digests ---------------------------------------------------------------------------------

    Optional<Instant> digestSentUntil(UUID memberId) {
        return jdbc.sql("select sent_until from digest_state where member_id = :member")
                .param("member", memberId)
                .query((rs, row) -> rs.getTimestamp("sent_until").toInstant())
                .optional();
    }

    void digestSent(UUID memberId, Instant until) {
        jdbc.sql("""
                        insert into digest_state (member_id, sent_until) values (:member, :until)
                        on conflict (member_id) do update set sent_until = greatest(digest_state.sent_until, :until)""")
                .param("member", memberId)
                .param("until", Timestamp.from(until))
                .update();
    }

    private static Notification map(ResultSet rs, int row) throws SQLException {
        var read = rs.getTimestamp("read_at");
        return new Notification(
                rs.getObject("id", UUID.class),
                rs.getObject("member_id", UUID.class),
                NotificationType.valueOf(rs.getString("type")),
                rs.getObject("actor_id", UUID.class),
                rs.getObject("entry_id", UUID.class),
                rs.getObject("comment_id", UUID.class),
                rs.getString("title"),
                rs.getTimestamp("created_at").toInstant(),
                read == null ? null : read.toInstant());
    }
}
