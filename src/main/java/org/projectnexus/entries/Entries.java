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

    /** Creates an entry for the author; returns its id. */
    UUID create(CurrentMember author, NewEntry entry);

    /** Saves a new version of the author's entry (a new revision), whatever version is current. */
    void replace(CurrentMember author, UUID id, NewEntry entry);

    /** Whether the entry still exists (an import may point at one its author deleted). */
    boolean exists(UUID id);

    /** Every entry of a member in full, oldest first (for the README export). */
    List<EntryView> allBy(UUID authorId, boolean includeDrafts);

    /** Public entries as list items, in the order of the ids given (ids not public are left out). */
    List<EntrySummary> summaries(List<UUID> ids);
}
