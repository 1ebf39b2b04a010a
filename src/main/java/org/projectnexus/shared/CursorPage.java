package org.projectnexus.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a keyset-paginated collection ({@code api.md}, "Pagination").
 *
 * @param items the page
 * @param nextCursor opaque cursor of the next page, or {@code null} on the last one
 */
public record CursorPage<T>(List<T> items, String nextCursor) {

    public <R> CursorPage<R> map(Function<T, R> mapper) {
        return new CursorPage<>(items.stream().map(mapper).toList(), nextCursor);
    }
}
