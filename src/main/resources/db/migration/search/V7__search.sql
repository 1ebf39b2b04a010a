-- Typo tolerance: for a word no title or technology uses, the three closest known words by
-- trigram similarity ("postgress" → postgres, "kubernets" → kubernetes), as an OR query.
CREATE FUNCTION search_typo_alternatives(w TEXT) RETURNS tsquery
    LANGUAGE sql
    STABLE
    PARALLEL SAFE
    RETURN (SELECT CASE
                       WHEN length(w) < 4 OR EXISTS (SELECT 1 FROM search_term WHERE word = lower(w)) THEN ''::tsquery
                       ELSE coalesce(to_tsquery('english', string_agg(word, ' | ')), ''::tsquery)
                       END
            FROM (SELECT word
                  FROM search_term
                  WHERE word % lower(w)
                  ORDER BY similarity(word, lower(w)) DESC, word
                  LIMIT 3) close_words);
