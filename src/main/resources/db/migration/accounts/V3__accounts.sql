-- Members. Handles are stored lower-case (they are [a-z0-9_-]); emails as given, unique
-- case-insensitively.
CREATE TABLE member
(
    id             UUID PRIMARY KEY,
    handle         TEXT                     NOT NULL,
    email          TEXT                     NOT NULL,
    email_verified BOOLEAN                  NOT NULL DEFAULT FALSE,
    display_name   TEXT                     NOT NULL,
    bio            TEXT,
    github_url     TEXT,
    linkedin_url   TEXT,
    track          TEXT                     NOT NULL CHECK (track IN ('BACKEND', 'FRONTEND')),
    cohort         TEXT,
    roles          TEXT[]                   NOT NULL DEFAULT '{LEARNER}',
    status         TEXT                     NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'SUSPENDED')),
    password_hash  TEXT                     NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT member_handle_format CHECK (handle ~ '^[a-z0-9_-]{3,30}$')
);

CREATE UNIQUE INDEX member_handle_uq ON member (handle);
CREATE UNIQUE INDEX member_email_uq ON member (lower(email));
-- GET /members?track=&cohort= pages by handle.
CREATE INDEX member_track_cohort_handle_idx ON member (track, cohort, handle);
CREATE INDEX member_cohort_handle_idx ON member (cohort, handle);

-- Refresh tokens: opaque, stored as SHA-256 hashes, single use. A family is one login's chain of
-- rotations; presenting a used token revokes its whole family.
CREATE TABLE refresh_token
(
    id         UUID PRIMARY KEY,
    family_id  UUID                     NOT NULL,
    member_id  UUID                     NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    token_hash BYTEA                    NOT NULL UNIQUE,
    issued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    revoked_at TIMESTAMP WITH TIME ZONE
);

CREATE INDEX refresh_token_family_idx ON refresh_token (family_id);
CREATE INDEX refresh_token_member_idx ON refresh_token (member_id);

-- Personal access tokens (nxp_...): stored as SHA-256 hashes, shown once.
CREATE TABLE personal_token
(
    id           UUID PRIMARY KEY,
    member_id    UUID                     NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    name         TEXT                     NOT NULL,
    scopes       TEXT[]                   NOT NULL,
    token_hash   BYTEA                    NOT NULL UNIQUE,
    token_hint   TEXT                     NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE
);

CREATE INDEX personal_token_member_idx ON personal_token (member_id, id);

-- Privileged actions, newest first (ids are UUIDv7, so they sort by time).
CREATE TABLE audit_log
(
    id           UUID PRIMARY KEY,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id     UUID,
    actor_handle TEXT,
    action       TEXT                     NOT NULL,
    target       TEXT                     NOT NULL,
    details      JSONB                    NOT NULL DEFAULT '{}'
);
