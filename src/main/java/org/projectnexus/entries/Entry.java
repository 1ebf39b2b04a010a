package org.projectnexus.entries;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An entry as stored (the aggregate): markdown, its rendered HTML and the kind-specific fields. */
record Entry(
        UUID id,
        UUID authorId,
        EntryKind kind,
        String title,
        String body,
        String bodyHtml,
        String solution,
        String solutionHtml,
        String language,
        DiagramFormat diagramFormat,
        String caption,
        Project project,
        Visibility visibility,
        int version,
        long views,
        Instant createdAt,
        Instant updatedAt,
        List<UUID> technologyIds,
        Engagement engagement,
        long popularity) {

    enum DiagramFormat {
        MERMAID,
        DBML,
        PLANTUML
    }

    /** What a PROJECT entry adds: where it lives and, optionally, its OpenAPI document for review. */
    record Project(String repositoryUrl, String demoUrl, String openApi) {}

    boolean isPublic() {
        return visibility == Visibility.PUBLIC;
    }
}
