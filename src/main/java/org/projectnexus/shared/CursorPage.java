package org.projectnexus.shared;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a cursor-paginated listing: {@code {"items": [...], "nextCursor": "..."}}.
 *
 * @param items the page
 * @param nextCursor opaque cursor of the next page, or {@code null} on the last one
 * @param cursors the cursor after each item, for GraphQL edges; not part of the REST answer
 */
public record CursorPage<T>(
        List<T> items, String nextCursor, @JsonIgnore List<String> cursors) {

    public CursorPage {
        if (cursors.size() != items.size()) {
            throw new IllegalArgumentException("one cursor per item: " + items.size() + " items, " + cursors.size());
        }
    }

    public static <T> CursorPage<T> empty() {
        return new CursorPage<>(List.of(), null, List.of());
    }

    public <R> CursorPage<R> map(Function<T, R> mapper) {
        return withItems(items.stream().map(mapper).toList());
    }

    /** The same positions with other items, one for one (the rows of a page turned into views). */
    public <R> CursorPage<R> withItems(List<R> replacement) {
        return new CursorPage<>(replacement, nextCursor, cursors);
    }
}
