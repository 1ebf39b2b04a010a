package org.projectnexus.web;

import java.util.List;

/**
 * A member's hub in the README layout: the overview, their technologies, then a section per kind
 * (concepts, challenges and solutions, practices, goals, projects, snippets with their code,
 * diagrams drawn in the browser).
 */
public record HubPage(
        Layout layout,
        Profile profile,
        List<EntryCard.Tag> technologies,
        List<Count> counts,
        List<Section> sections,
        boolean own) {

    /** Who the member is. */
    public record Profile(
            String handle,
            String displayName,
            String bio,
            String track,
            String cohort,
            String githubUrl,
            String linkedinUrl,
            int followers,
            DateText joined,
            List<String> roles) {}

    /** How many entries of a kind, linking to its section. */
    public record Count(String anchor, String label, long count) {}

    /** One kind's entries. */
    public record Section(String anchor, String heading, String kind, List<Item> items) {}

    /**
     * An entry in a hub section.
     *
     * @param bodyHtml the whole rendered body for snippets and diagrams (safe HTML), else {@code null}
     */
    public record Item(EntryCard card, String bodyHtml, String solutionHtml, String caption) {}
}
