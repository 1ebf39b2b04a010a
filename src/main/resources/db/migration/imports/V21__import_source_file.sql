-- An imported entry is identified by the file it came from as well as its kind and title
-- ("<file>|<KIND>:<title>"): "Python" in two READMEs of one member are two entries, and
-- re-importing either changes nothing (before, they took turns overwriting one entry).
-- Existing rows get the file of the last committed import that wrote them; a row no job
-- explains is dropped, and its entry is taken over by the next import of the same title.
WITH latest AS (
    SELECT DISTINCT ON (j.member_id, item ->> 'key') j.member_id,
                                                     item ->> 'key' AS source_key,
                                                     CASE
                                                         WHEN lower(j.file_name) LIKE '%.zip'
                                                             THEN j.file_name || '!/' || (item ->> 'file')
                                                         ELSE j.file_name
                                                         END       AS source_file
    FROM import_job j
             CROSS JOIN LATERAL jsonb_array_elements(j.preview -> 'items') AS item
    WHERE j.status = 'COMMITTED'
    ORDER BY j.member_id, item ->> 'key', j.updated_at DESC
)
UPDATE import_source s
SET source_key = latest.source_file || '|' || s.source_key
FROM latest
WHERE latest.member_id = s.member_id
  AND latest.source_key = s.source_key
  AND position('|' IN s.source_key) = 0;

DELETE FROM import_source WHERE position('|' IN source_key) = 0;

COMMENT ON COLUMN import_source.source_key IS 'source file | kind:normalised title (#n when repeated in one file)';
