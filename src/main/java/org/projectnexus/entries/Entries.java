package org.projectnexus.entries;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.projectnexus.accounts.CurrentMember;
import org.projectnexus.accounts.Track;
import org.projectnexus.shared.CursorPage;
import org.projectnexus.shared.PageRequest;

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

    /** The same, from a filter as GraphQL clients give it ({@code null}: no filter). */
    default EntryFilter filter(EntryFilter.Criteria criteria) {
        var c = criteria == null ? EntryFilter.Criteria.NONE : criteria;
        return filter(c.kind(), c.technology(), c.author(), c.track(), c.cohort(), c.since(), c.sort());
    }

    /** Whether the entry is a draft of this member (who may see it, and what is like it). */
    boolean isOwnDraft(CurrentMember member, UUID entryId);

    /**
     * Creates an entry for the author, written by an import; returns its id. Its {@link
     * EntryPublished} says {@code imported}: the import tells followers once for all its entries.
     */
    UUID create(CurrentMember author, NewEntry entry);

    /**
     * Saves a new version of the author's entry (a new revision), whatever version is current;
     * returns whether that made it public (a draft imported again as public).
     */
    boolean replace(CurrentMember author, UUID id, NewEntry entry);

    /** Whether the entry still exists (an import may point at one its author deleted). */
    boolean exists(UUID id);

    /** Every entry of a member in full, oldest first (for the README export). */
    List<EntryView> allBy(UUID authorId, boolean includeDrafts);

    /** Public entries as list items, in the order of the ids given (ids not public are left out). */
    List<EntrySummary> summaries(List<UUID> ids);

    /**
     * Records what members did with an entry (reactions, comments, accepted solution, feedback),
     * as computed by the collaboration module; joins the caller's transaction.
     */
    void updateEngagement(UUID entryId, Engagement engagement);

    /** The entry's author and kind, if it exists and the viewer may see it (public, or their own draft). */
    java.util.Optional<EntryRef> visibleRef(CurrentMember viewer, UUID entryId);

    /** Who wrote an entry and what it is, for rules of other modules (only challenges have solutions). */
    record EntryRef(UUID id, UUID authorId, EntryKind kind, String title, boolean isPublic) {}

    /**
     * Public entries by these authors or about these technologies, newest first, never the
     * member's own; cursor-paginated (a member's feed).
     */
    CursorPage<EntrySummary> feed(
            UUID memberId, Collection<UUID> authorIds, Collection<UUID> technologyIds, PageRequest page);

    /** The cursor scope of a member's feed (a cursor of one feed is refused by another). */
    static String feedScope(UUID memberId) {
        return "feed|" + memberId;
    }
}
