-- In-app notifications. dedupe_key makes creation idempotent: the same event handled twice (a
-- redelivered message, a retried event) gives a member one notification.
CREATE TABLE notification
(
    id          UUID PRIMARY KEY,
    member_id   UUID                     NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    type        TEXT                     NOT NULL,
    actor_id    UUID REFERENCES member (id) ON DELETE SET NULL,
    entry_id    UUID REFERENCES entry (id) ON DELETE CASCADE,
    comment_id  UUID,
    title       TEXT                     NOT NULL,
    dedupe_key  TEXT                     NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at     TIMESTAMP WITH TIME ZONE,
    UNIQUE (member_id, dedupe_key)
);
CREATE INDEX notification_member_recent_idx ON notification (member_id, created_at DESC, id DESC);
CREATE INDEX notification_member_unread_idx ON notification (member_id) WHERE read_at IS NULL;

CREATE TABLE notification_settings
(
    member_id  UUID PRIMARY KEY REFERENCES member (id) ON DELETE CASCADE,
    email      TEXT                     NOT NULL CHECK (email IN ('IMMEDIATE', 'DAILY', 'WEEKLY', 'OFF')),
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row per email sent (or being sent): a redelivered email job finds it and sends nothing.
-- A SENDING row older than a few minutes belongs to a worker that died and may be taken over.
CREATE TABLE email_delivery
(
    delivery_key TEXT PRIMARY KEY,
    member_id    UUID                     NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    status       TEXT                     NOT NULL CHECK (status IN ('SENDING', 'SENT')),
    claimed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at      TIMESTAMP WITH TIME ZONE
);

-- Digests: until when each member's last digest went out.
CREATE TABLE digest_state
(
    member_id  UUID PRIMARY KEY REFERENCES member (id) ON DELETE CASCADE,
    sent_until TIMESTAMP WITH TIME ZONE NOT NULL
);
