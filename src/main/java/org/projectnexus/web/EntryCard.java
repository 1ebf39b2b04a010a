package org.projectnexus.web;

import java.util.List;

/**
 * An entry in a list (home, search, hub, technology page).
 *
 * @param titleHtml the title with matched words marked (search results; safe HTML), else {@code null}
 * @param excerptHtml body fragments with matched words marked (safe HTML), else {@code null}
 */
public record EntryCard(
        String href,
        String kind,
        String kindLabel,
        String title,
        String titleHtml,
        String excerpt,
        String excerptHtml,
        String authorHandle,
        String authorName,
        List<Tag> technologies,
        boolean challenge,
        boolean solved,
        int sameHere,
        int comments,
        DateText date,
        boolean draft) {

    /** A technology link. */
    public record Tag(String slug, String name) {}
}
