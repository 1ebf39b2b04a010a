package org.projectnexus.entries;

import java.util.List;

/**
 * An entry written by another module on a member's behalf (an import): the same rules as the API
 * apply (validation, markdown, technologies, revisions).
 *
 * @param diagramFormat MERMAID, DBML or PLANTUML for diagrams
 */
public record NewEntry(
        EntryKind kind,
        String title,
        String body,
        String solution,
        String language,
        String diagramFormat,
        List<String> technologies,
        Visibility visibility) {}
