-- Import jobs: the upload is kept with the job until it is committed, so a job survives a restart
-- and is picked up again by a worker.
CREATE TABLE import_job
(
    id           UUID PRIMARY KEY,
    member_id    UUID                     NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    mode         TEXT                     NOT NULL CHECK (mode IN ('PREVIEW', 'COMMIT')),
    visibility   TEXT                     NOT NULL CHECK (visibility IN ('DRAFT', 'PUBLIC')),
    status       TEXT                     NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'PREVIEW_READY', 'COMMITTED', 'FAILED')),
    file_name    TEXT                     NOT NULL,
    content      BYTEA,
    progress     INT                      NOT NULL DEFAULT 0,
    preview      JSONB,
    result       JSONB,
    error        TEXT,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX import_job_member_idx ON import_job (member_id, created_at DESC);

-- What an import created, by source key (kind + normalised title), with the fingerprint of the
-- content it wrote: a re-import of the same content changes nothing, an edited one updates.
CREATE TABLE import_source
(
    member_id   UUID NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    source_key  TEXT NOT NULL,
    entry_id    UUID NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    fingerprint TEXT NOT NULL,
    PRIMARY KEY (member_id, source_key)
);

-- Workers look for jobs whose event they did not get (queued too long) or whose worker died.
CREATE INDEX import_job_waiting_idx ON import_job (created_at) WHERE status IN ('QUEUED', 'RUNNING');
