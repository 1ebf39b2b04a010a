-- The technology taxonomy. Names given by members are resolved through aliases by a normalised key
-- (case, punctuation, spacing and trailing version numbers ignored: "PostgreSQL 15", "postgres",
-- "Postgre-SQL" all meet at one key); names nobody knows yet become PENDING technologies that
-- mentors approve or merge.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE FUNCTION technology_key(name TEXT) RETURNS TEXT
    LANGUAGE sql
    IMMUTABLE
    PARALLEL SAFE
    RETURN regexp_replace(
        replace(replace(lower(regexp_replace(btrim(name), '\s+v?\d+(\.\d+)*(\.x)?$', '')), '+', 'plus'), '#', 'sharp'),
        '[^a-z0-9]', '', 'g');

CREATE TABLE technology
(
    id          UUID PRIMARY KEY,
    slug        TEXT                     NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name        TEXT                     NOT NULL,
    category    TEXT                     NOT NULL CHECK (category IN ('LANGUAGE', 'FRAMEWORK', 'LIBRARY', 'DATABASE',
                                                                      'CACHE', 'MESSAGING', 'API', 'AUTH', 'DEVOPS',
                                                                      'CLOUD', 'TESTING', 'TOOL', 'CONCEPT')),
    status      TEXT                     NOT NULL DEFAULT 'APPROVED' CHECK (status IN ('APPROVED', 'PENDING')),
    description TEXT,
    created_by  UUID,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

CREATE INDEX technology_status_name_idx ON technology (status, name);

-- Every technology has at least its own name and slug as aliases.
CREATE TABLE technology_alias
(
    alias_key     TEXT PRIMARY KEY CHECK (alias_key <> ''),
    alias         TEXT NOT NULL,
    technology_id UUID NOT NULL REFERENCES technology (id) ON DELETE CASCADE
);

CREATE INDEX technology_alias_technology_idx ON technology_alias (technology_id);
CREATE INDEX technology_alias_trgm_idx ON technology_alias USING gin (alias_key gin_trgm_ops);
