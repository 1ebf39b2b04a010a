package org.projectnexus.entries;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.projectnexus.accounts.Track;

/**
 * Filters and order of an entry listing, resolved to ids ({@link Entries#filter}). Listing and
 * search filter the same way through {@link #appendConditions}.
 */
public record EntryFilter(
        EntryKind kind, UUID technologyId, UUID authorId, Track track, String cohort, Instant since, Sort sort) {

    public enum Sort {
        RECENT,
        POPULAR
    }

    /**
     * A filter as clients write it (GraphQL's {@code EntryFilter} input): technology by slug, name
     * or alias, author by handle; resolve it with {@link Entries#filter(Criteria)}.
     */
    public record Criteria(
            EntryKind kind, String technology, String author, Track track, String cohort, Instant since, Sort sort) {

        public static final Criteria NONE = new Criteria(null, null, null, null, null, null, null);
    }

    public EntryFilter sortedBy(Sort order) {
        return new EntryFilter(kind, technologyId, authorId, track, cohort, since, order);
    }

    /** Whether any criterion narrows the listing (the order aside). */
    public boolean narrows() {
        return kind != null
                || technologyId != null
                || authorId != null
                || track != null
                || cohort != null
                || since != null;
    }

    /** Whether the query must join {@code member m} for track or cohort. */
    public boolean needsMember() {
        return track != null || cohort != null;
    }

    /** Identifies the listing a cursor belongs to. */
    public String scope() {
        return kind + "|" + technologyId + "|" + authorId + "|" + track + "|" + cohort + "|" + since + "|" + sort;
    }

    /**
     * Appends the filter as SQL conditions on {@code entry e} (and {@code member m} when {@link
     * #needsMember()}), with named parameters.
     */
    public void appendConditions(StringBuilder sql, Map<String, Object> params) {
        if (kind() != null) {
            sql.append(" and e.kind = :kind");
            params.put("kind", kind().name());
        }
        if (technologyId() != null) {
            sql.append(" and exists (select 1 from entry_technology ft where ft.entry_id = e.id"
                    + " and ft.technology_id = :technologyId)");
            params.put("technologyId", technologyId());
        }
        if (authorId() != null) {
            sql.append(" and e.author_id = :authorId");
            params.put("authorId", authorId());
        }
        if (track() != null) {
            sql.append(" and m.track = :track");
            params.put("track", track().name());
        }
        if (cohort() != null) {
            sql.append(" and m.cohort = :cohort");
            params.put("cohort", cohort());
        }
        if (since() != null) {
            sql.append(" and e.created_at >= :since");
            params.put("since", Timestamp.from(since()));
        }
    }
}
