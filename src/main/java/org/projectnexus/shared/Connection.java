package org.projectnexus.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * A Relay-style connection for GraphQL, made from the same {@link CursorPage} (and so the same
 * cursors) as the REST listing: an edge's cursor, given as {@code after}, continues after its node.
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo) {

    public record Edge<T>(T node, String cursor) {}

    /**
     * @param hasPreviousPage whether the page was asked for {@code after} a cursor
     * @param endCursor the cursor to pass as {@code after} for the next page (REST's nextCursor
     *     when there is one)
     */
    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {}

    public static <T> Connection<T> of(CursorPage<T> page, String after) {
        var edges = new ArrayList<Edge<T>>();
        for (int i = 0; i < page.items().size(); i++) {
            edges.add(new Edge<>(page.items().get(i), page.cursors().get(i)));
        }
        var start = edges.isEmpty() ? null : edges.getFirst().cursor();
        var end = edges.isEmpty() ? null : edges.getLast().cursor();
        return new Connection<>(
                List.copyOf(edges),
                new PageInfo(page.nextCursor() != null, after != null && !after.isBlank(), start, end));
    }

    /**
     * The page size a GraphQL client asked for ({@code first}), checked like REST's {@code limit}:
     * {@code null} means the default.
     */
    public static Integer first(Integer first) {
        if (first != null) {
            PageRequest.checkLimit(first, "first");
        }
        return first;
    }
}
