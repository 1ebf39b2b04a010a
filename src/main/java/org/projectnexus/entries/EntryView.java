package org.projectnexus.entries;

import java.time.Instant;
import java.util.List;
import org.projectnexus.accounts.MemberSummary;
import org.projectnexus.technologies.TechnologyCategory;

/** One entry in full, as {@code GET /entries/{id}} shows it. */
public record EntryView(
        String id,
        EntryKind kind,
        String title,
        String body,
        String bodyHtml,
        String solution,
        String solutionHtml,
        String language,
        Diagram diagram,
        Project project,
        List<TechnologyItem> technologies,
        MemberSummary author,
        Visibility visibility,
        int version,
        long views,
        Engagement engagement,
        Instant createdAt,
        Instant updatedAt) {

    public record TechnologyItem(String slug, String name, TechnologyCategory category, boolean pending) {}

    public record Diagram(String format, String caption) {}

    public record Project(String repositoryUrl, String demoUrl, String openApi) {}
}
