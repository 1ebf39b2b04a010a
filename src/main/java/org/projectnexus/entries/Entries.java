package org.projectnexus.entries;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.projectnexus.accounts.CurrentMember;
import org.projectnexus.accounts.Track;

/** Entries for other modules (search, feed, imports). */
public interface Entries {

    /**
     * Resolves listing filters as clients give them: a technology by slug, name or alias, an author
     * by handle. Unknown ones yield a filter that matches nothing (an empty page, not an error).
     */
    EntryFilter filter(
            EntryKind kind,
            String technology,
            String authorHandle,
            Track track,
            String cohort,
            Instant since,
            EntryFilter.Sort sort);

    /** Whether the entry is a draft of this member (who may see it, and what is like it). */
    boolean isOwnDraft(CurrentMember member, UUID entryId);

    /** Public entries as list items, in the order of the ids given (ids not public are left out). */
    List<EntrySummary> summaries(List<UUID> ids);
}
