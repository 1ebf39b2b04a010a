package org.projectnexus.entries;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.projectnexus.accounts.MemberSummary;
import org.projectnexus.accounts.Track;
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
        Author author,
        Visibility visibility,
        int version,
        long views,
        Engagement engagement,
        Instant createdAt,
        Instant updatedAt) {

    /**
     * @param id for other modules and GraphQL (an author's followers, profile); REST addresses
     *     members by handle only
     */
    public record Author(@JsonIgnore UUID id, String handle, String displayName, Track track, String cohort) {

        public MemberSummary summary() {
            return new MemberSummary(id, handle, displayName, track, cohort);
        }
    }

    public record TechnologyItem(String slug, String name, TechnologyCategory category, boolean pending) {}

    public record Diagram(String format, String caption) {}

    public record Project(String repositoryUrl, String demoUrl, String openApi) {}
}
