package org.projectnexus.entries;

import java.util.List;

/** What a member writes, whole (create, PUT) or merged with the stored entry (PATCH). */
record EntryCommand(
        EntryKind kind,
        String title,
        String body,
        String solution,
        String language,
        Entry.DiagramFormat diagramFormat,
        String caption,
        Entry.Project project,
        List<String> technologies,
        Visibility visibility) {

    static final int MAX_BODY_BYTES = 100 * 1024;
    static final int MAX_TECHNOLOGIES = 20;
}
