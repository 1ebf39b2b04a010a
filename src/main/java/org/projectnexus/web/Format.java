package org.projectnexus.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.projectnexus.entries.EntryKind;

/** How pages write kinds and dates. */
final class Format {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Format() {}

    static DateText date(Instant instant) {
        if (instant == null) {
            return new DateText("", "");
        }
        return new DateText(DAY.format(instant.atOffset(ZoneOffset.UTC)), instant.toString());
    }

    static String kind(EntryKind kind) {
        return switch (kind) {
            case LEARNING -> "Learning";
            case CHALLENGE -> "Challenge";
            case PRACTICE -> "Practice";
            case SNIPPET -> "Snippet";
            case DIAGRAM -> "Diagram";
            case PROJECT -> "Project";
            case GOAL -> "Goal";
        };
    }

    /** The plural heading of a hub section, in the README's words. */
    static String section(EntryKind kind) {
        return switch (kind) {
            case LEARNING -> "Technologies & concepts";
            case CHALLENGE -> "Challenges & solutions";
            case PRACTICE -> "Best practices & takeaways";
            case SNIPPET -> "Snippets";
            case DIAGRAM -> "Diagrams";
            case PROJECT -> "Projects";
            case GOAL -> "Goals";
        };
    }
}
