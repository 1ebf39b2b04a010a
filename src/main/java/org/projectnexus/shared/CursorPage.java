package org.projectnexus.shared;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a cursor-paginated listing: {@code {"items": [...], "nextCursor": "..."}}.
 *
 * @param items the page
 * @param nextCursor opaque cursor of the next page, or {@code null} on the last one
 * @param cursors the cursor after each item, for GraphQL edges ({@code null} where a listing does
 *     not know them); not part of the REST answer
 */
public record CursorPage<T>(
        List<T> items, String nextCursor, @JsonIgnore List<String> cursors) {

    public CursorPage {
        if (cursors != null && cursors.size() != items.size()) {
            throw new IllegalArgumentException("one cursor per item: " + items.size() + " items, " + cursors.size());
        }
    }

    public CursorPage(List<T> items, String nextCursor) {
        this(items, nextCursor, null);
    }

    public <R> CursorPage<R> map(Function<T, R> mapper) {
        return withItems(items.stream().map(mapper).toList());
    }

    /** The same positions with other items, one for one (the rows of a page turned into views). */
    public <R> CursorPage<R> withItems(List<R> replacement) {
        return new CursorPage<>(replacement, nextCursor, cursors);
    }

    /** The cursor after the item at {@code index}: the one known, or the next page's for the last. */
    public String cursorAfter(int index) {
        if (cursors != null) {
            return cursors.get(index);
        }
        return index == items.size() - 1 ? nextCursor : null;
    }
}
