package org.projectnexus.search;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.projectnexus.accounts.CurrentMember;
import org.projectnexus.entries.EntryFilter;
import org.projectnexus.entries.EntrySummary;
import org.projectnexus.shared.CursorPage;

/** Search for transports other than the JSON API (the browser's pages), with the same rules. */
public interface Search {

    /**
     * A page of ranked results, as {@code GET /api/v1/search} gives them: 422 ({@code
     * ProblemException}, field {@code q}) for an empty or too long query, 400 for a bad cursor.
     */
    CursorPage<SearchResult> query(String q, EntryFilter filter, Integer limit, String cursor);

    /** Entries like this one, challenges first for a challenge; 404 if the viewer may not see it. */
    List<EntrySummary> similar(CurrentMember viewer, UUID id, int limit);

    /**
     * The query with each word nobody's titles or technologies use replaced by the closest one that
     * they do ("postgress celery" → "postgres celery"); empty when there is nothing to correct.
     */
    Optional<String> suggestion(String q);
}
