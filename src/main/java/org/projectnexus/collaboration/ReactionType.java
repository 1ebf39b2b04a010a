package org.projectnexus.collaboration;

import java.util.Locale;
import org.projectnexus.shared.ProblemException;

/** The reactions an entry can get; {@code same-here} ("I faced this too") only on challenges. */
enum ReactionType {
    HELPFUL,
    INSIGHTFUL,
    SAME_HERE;

    /** The path segment: {@code helpful}, {@code insightful}, {@code same-here}. */
    static ReactionType fromPath(String value) {
        for (var type : values()) {
            if (type.path().equals(value.toLowerCase(Locale.ROOT))) {
                return type;
            }
        }
        throw ProblemException.notFound("No reaction '" + value + "': use helpful, insightful or same-here.");
    }

    String path() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
