package org.projectnexus.shared;

/**
 * What a client asked for: a page size and where to continue.
 *
 * @param limit 1 to {@value #MAX_LIMIT}
 * @param cursor the keys after which to continue, decoded; {@code null} for the first page
 */
public record PageRequest(int limit, Cursor cursor) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        checkLimit(limit, "limit");
    }

    /** A page size as a client gave it, under the name it gave it by ({@code limit}, {@code first}). */
    public static void checkLimit(int limit, String parameter) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.invalid(parameter, "must be between 1 and " + MAX_LIMIT);
        }
    }

    public boolean first() {
        return cursor == null;
    }
}
