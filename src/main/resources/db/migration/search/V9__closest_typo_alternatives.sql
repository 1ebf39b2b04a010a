-- Typo alternatives were the three closest known words above pg_trgm's threshold (0.3), so a word
-- with one good correction also got poor ones ("postgres" → postgresql, but also postman), and
-- each poor one widened the match set by thousands of entries that all had to be ranked. Keep the
-- close ones only: within 0.2 of the best.
CREATE OR REPLACE FUNCTION search_typo_alternatives(w TEXT) RETURNS tsquery
    LANGUAGE sql
    STABLE
    PARALLEL SAFE
    RETURN (SELECT CASE
                       WHEN length(w) < 4 OR EXISTS (SELECT 1 FROM search_term WHERE word = lower(w)) THEN ''::tsquery
                       ELSE coalesce(to_tsquery('english', string_agg(word, ' | ')), ''::tsquery)
                       END
            FROM (SELECT word
                  FROM (SELECT word, similarity(word, lower(w)) AS score, max(similarity(word, lower(w))) OVER () AS best
                        FROM search_term
                        WHERE word % lower(w)) scored
                  WHERE score >= best - 0.2
                  ORDER BY score DESC, word
                  LIMIT 3) close_words);
