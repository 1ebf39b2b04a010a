-- Knowledge entries. search_vector is written with the row (title A, technology names B, body and
-- solution C with each word capped at three occurrences, so repeating a term does not buy rank).
CREATE FUNCTION search_capped_text(t TEXT, max_repeats INT) RETURNS TEXT
    LANGUAGE sql
    IMMUTABLE
    PARALLEL SAFE
    RETURN (SELECT coalesce(string_agg(w, ' ' ORDER BY i), '')
            FROM (SELECT w, i, row_number() OVER (PARTITION BY lower(w) ORDER BY i) AS n
                  FROM regexp_split_to_table(coalesce(t, ''), '\s+') WITH ORDINALITY AS s(w, i)) words
            WHERE n <= max_repeats);

CREATE FUNCTION entry_search_vector(title TEXT, technologies TEXT, body TEXT, solution TEXT) RETURNS tsvector
    LANGUAGE sql
    IMMUTABLE
    PARALLEL SAFE
    RETURN setweight(to_tsvector('english', coalesce(title, '')), 'A')
        || setweight(to_tsvector('english', coalesce(technologies, '')), 'B')
        || setweight(to_tsvector('english', search_capped_text(coalesce(body, '') || ' ' || coalesce(solution, ''), 3)), 'C');

CREATE TABLE entry
(
    id             UUID PRIMARY KEY,
    author_id      UUID                     NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    kind           TEXT                     NOT NULL CHECK (kind IN ('LEARNING', 'CHALLENGE', 'PRACTICE', 'SNIPPET',
                                                                      'DIAGRAM', 'PROJECT', 'GOAL')),
    title          TEXT                     NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
    body           TEXT                     NOT NULL DEFAULT '',
    body_html      TEXT                     NOT NULL DEFAULT '',
    solution       TEXT,
    solution_html  TEXT,
    language       TEXT,
    diagram_format TEXT,
    caption        TEXT,
    project        JSONB,
    visibility     TEXT                     NOT NULL CHECK (visibility IN ('DRAFT', 'PUBLIC')),
    version        INT                      NOT NULL,
    views          BIGINT                   NOT NULL DEFAULT 0,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    search_vector  TSVECTOR                 NOT NULL
);

-- Listing: newest public first, overall, per kind and per author; popular by views.
CREATE INDEX entry_public_recent_idx ON entry (created_at DESC, id DESC) WHERE visibility = 'PUBLIC';
CREATE INDEX entry_public_kind_recent_idx ON entry (kind, created_at DESC, id DESC) WHERE visibility = 'PUBLIC';
CREATE INDEX entry_author_recent_idx ON entry (author_id, created_at DESC, id DESC);
CREATE INDEX entry_public_popular_idx ON entry (views DESC, id DESC) WHERE visibility = 'PUBLIC';
-- Search and similar entries.
-- fastupdate off: entries are read far more often than written, and a pending list would make
-- every search scan it until the next vacuum.
CREATE INDEX entry_search_idx ON entry USING gin (search_vector) WITH (fastupdate = off);
CREATE INDEX entry_title_trgm_idx ON entry USING gin (lower(title) gin_trgm_ops);

CREATE TABLE entry_technology
(
    entry_id      UUID NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    technology_id UUID NOT NULL REFERENCES technology (id) ON DELETE CASCADE,
    PRIMARY KEY (entry_id, technology_id)
);

CREATE INDEX entry_technology_technology_idx ON entry_technology (technology_id, entry_id);

-- Every saved version of an entry, the current one included.
CREATE TABLE entry_revision
(
    entry_id   UUID                     NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    version    INT                      NOT NULL,
    saved_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    saved_by   UUID                     NOT NULL,
    snapshot   JSONB                    NOT NULL,
    PRIMARY KEY (entry_id, version)
);

-- Words of titles and technology names, for typo-tolerant search ("postgress" → "postgres").
CREATE TABLE search_term
(
    word TEXT PRIMARY KEY
);

CREATE INDEX search_term_trgm_idx ON search_term USING gin (word gin_trgm_ops);
