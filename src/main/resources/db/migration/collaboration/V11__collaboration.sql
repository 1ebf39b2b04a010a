-- Comments: threaded by parent; deleting keeps the row (the thread keeps its shape), edits keep the
-- previous bodies in comment_revision.
CREATE TABLE comment
(
    id         UUID PRIMARY KEY,
    entry_id   UUID                     NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    author_id  UUID                     NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    parent_id  UUID REFERENCES comment (id) ON DELETE CASCADE,
    body       TEXT                     NOT NULL,
    body_html  TEXT                     NOT NULL,
    version    INT                      NOT NULL DEFAULT 1,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX comment_entry_idx ON comment (entry_id, created_at, id);
CREATE INDEX comment_parent_idx ON comment (parent_id) WHERE parent_id IS NOT NULL;
CREATE INDEX comment_author_idx ON comment (author_id);

CREATE TABLE comment_revision
(
    comment_id UUID                     NOT NULL REFERENCES comment (id) ON DELETE CASCADE,
    version    INT                      NOT NULL,
    body       TEXT                     NOT NULL,
    saved_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (comment_id, version)
);

CREATE TABLE accepted_solution
(
    entry_id   UUID PRIMARY KEY REFERENCES entry (id) ON DELETE CASCADE,
    comment_id UUID                     NOT NULL REFERENCES comment (id) ON DELETE CASCADE,
    marked_by  UUID                     NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    endorsed   BOOLEAN                  NOT NULL,
    marked_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE reaction
(
    entry_id   UUID                     NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    member_id  UUID                     NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    type       TEXT                     NOT NULL CHECK (type IN ('HELPFUL', 'INSIGHTFUL', 'SAME_HERE')),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (entry_id, member_id, type)
);
CREATE INDEX reaction_member_idx ON reaction (member_id);

-- API-design feedback on PROJECT entries: one per reviewer per project, editable.
CREATE TABLE feedback
(
    entry_id       UUID                     NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    reviewer_id    UUID                     NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    clarity        SMALLINT                 NOT NULL CHECK (clarity BETWEEN 1 AND 5),
    consistency    SMALLINT                 NOT NULL CHECK (consistency BETWEEN 1 AND 5),
    documentation  SMALLINT                 NOT NULL CHECK (documentation BETWEEN 1 AND 5),
    error_handling SMALLINT                 NOT NULL CHECK (error_handling BETWEEN 1 AND 5),
    text           TEXT                     NOT NULL,
    text_html      TEXT                     NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (entry_id, reviewer_id)
);
CREATE INDEX feedback_entry_recent_idx ON feedback (entry_id, updated_at DESC, reviewer_id DESC);

CREATE TABLE bookmark
(
    member_id  UUID                     NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    entry_id   UUID                     NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (member_id, entry_id)
);
CREATE INDEX bookmark_recent_idx ON bookmark (member_id, created_at DESC, entry_id DESC);

CREATE TABLE follow_member
(
    follower_id UUID                     NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    followee_id UUID                     NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (follower_id, followee_id),
    CHECK (follower_id <> followee_id)
);
CREATE INDEX follow_member_followee_idx ON follow_member (followee_id);

CREATE TABLE follow_technology
(
    follower_id   UUID                     NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    technology_id UUID                     NOT NULL REFERENCES technology (id) ON DELETE CASCADE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (follower_id, technology_id)
);
CREATE INDEX follow_technology_technology_idx ON follow_technology (technology_id);
