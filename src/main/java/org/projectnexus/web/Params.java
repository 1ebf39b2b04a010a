package org.projectnexus.web;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Query parameters of pages as visitors type them: a value that names nothing (an unknown kind, a
 * track in lower case, something enormous) is normalised or dropped, never an error page.
 */
final class Params {

    static final int MAX_TEXT = 100;

    private Params() {}

    /** The constant the text names, in any case; {@code null} for nothing or junk. */
    static <E extends Enum<E>> E choice(Class<E> type, String value) {
        if (value == null || value.isBlank() || value.length() > 40) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Cursors are opaque and signed; one longer than this was not made here. */
    static final int MAX_CURSOR = 2048;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\t]]");

    /** Trimmed text without control characters, {@code null} when blank or longer than anything real. */
    static String text(String value) {
        return text(value, MAX_TEXT);
    }

    /** What a search box sends, without control characters (a NUL is not text). */
    static String query(String value) {
        return value == null ? "" : CONTROL.matcher(value).replaceAll("").strip();
    }

    static String cursor(String value) {
        return text(value, MAX_CURSOR);
    }

    private static String text(String value, int max) {
        if (value == null || value.length() > max) {
            return null;
        }
        var clean = query(value);
        return clean.isEmpty() ? null : clean;
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
