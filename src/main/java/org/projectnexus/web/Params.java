package org.projectnexus.web;

import java.util.Locale;

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

    /** Trimmed text, {@code null} when blank or longer than anything real. */
    static String text(String value) {
        if (value == null || value.isBlank() || value.length() > MAX_TEXT) {
            return null;
        }
        return value.strip();
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
