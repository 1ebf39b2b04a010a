package org.projectnexus.web;

import java.util.List;

/**
 * The search page: one box, its filters, ranked results with highlighted fragments, a "did you
 * mean" and a link to more results.
 *
 * @param error what is wrong with the query (shown next to the box), or {@code null}
 * @param suggestion a corrected query, or {@code null}
 * @param more the link to the next results, or {@code null} on the last page
 */
public record SearchPage(
        Layout layout,
        Filters filters,
        List<Option> kinds,
        List<Option> tracks,
        List<EntryCard> results,
        boolean searched,
        String error,
        String suggestion,
        String suggestionHref,
        String more) {

    /** What the visitor asked for, as the form shows it again. */
    public record Filters(String q, String kind, String technology, String track, String cohort) {

        public boolean any() {
            return !kind.isEmpty() || !technology.isEmpty() || !track.isEmpty() || !cohort.isEmpty();
        }
    }

    /** A choice of a select box. */
    public record Option(String value, String label, boolean selected) {}
}
