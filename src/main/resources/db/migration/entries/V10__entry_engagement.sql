-- What other members did with an entry, kept on the entry by the collaboration module (through the
-- entries API) so listings, search results and the popular sort read it without joins.
ALTER TABLE entry
    ADD COLUMN helpful_count       INT     NOT NULL DEFAULT 0,
    ADD COLUMN insightful_count    INT     NOT NULL DEFAULT 0,
    ADD COLUMN same_here_count     INT     NOT NULL DEFAULT 0,
    ADD COLUMN comment_count       INT     NOT NULL DEFAULT 0,
    ADD COLUMN accepted_comment_id UUID,
    ADD COLUMN accepted_endorsed   BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN feedback            JSONB,
    -- A reaction says more than a view: popular = views + 10 per reaction.
    ADD COLUMN popularity          BIGINT GENERATED ALWAYS AS
        (views + 10 * (helpful_count + insightful_count + same_here_count)) STORED;

DROP INDEX entry_public_popular_idx;
CREATE INDEX entry_public_popular_idx ON entry (popularity DESC, id DESC) WHERE visibility = 'PUBLIC';
