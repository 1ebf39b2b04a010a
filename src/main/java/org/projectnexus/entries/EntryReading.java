package org.projectnexus.entries;

import java.util.List;
import java.util.UUID;
import org.projectnexus.accounts.CurrentMember;
import org.projectnexus.shared.CursorPage;

/**
 * Reading entries for transports other than the JSON API (the browser's pages), with the same
 * visibility rules: public entries for everyone, drafts for their author only (others get 404).
 */
public interface EntryReading {

    /** One entry in full; counts as a view, as {@code GET /api/v1/entries/{id}} does. */
    EntryView read(CurrentMember viewer, UUID id);

    /** Every saved version of an entry the viewer may see, newest first. */
    List<EntryRevision> revisions(CurrentMember viewer, UUID id);

    /** A page of public entries in the filter's order ({@code GET /api/v1/entries}). */
    CursorPage<EntrySummary> list(EntryFilter filter, Integer limit, String cursor);

    /** A member's hub: every entry in full, grouped by kind; their own drafts when it is theirs. */
    MemberHub hub(CurrentMember viewer, String handle);
}
