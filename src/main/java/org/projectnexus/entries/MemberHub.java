package org.projectnexus.entries;

import java.util.List;
import java.util.Map;
import org.projectnexus.accounts.MemberSummary;

/**
 * A member's page in the README layout.
 *
 * @param entries by kind in {@link EntryKind} order, newest first within a kind
 * @param technologies every technology of their entries, by name
 */
public record MemberHub(
        MemberSummary member,
        Map<EntryKind, Long> counts,
        List<EntryView.TechnologyItem> technologies,
        Map<EntryKind, List<Item>> entries) {

    /** An entry as a list item and in full (snippets show their code, diagrams their source). */
    public record Item(EntrySummary summary, EntryView entry) {}
}
