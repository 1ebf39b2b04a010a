package org.projectnexus.web;

import java.util.List;
import org.projectnexus.entries.EntryKind;
import org.projectnexus.entries.EntrySummary;
import org.projectnexus.entries.EntryView;
import org.projectnexus.entries.Visibility;
import org.projectnexus.search.SearchResult;

/** Entries of the other modules as the cards pages list. */
final class Cards {

    private Cards() {}

    static List<EntryCard> of(List<EntrySummary> entries) {
        return entries.stream().map(Cards::of).toList();
    }

    static EntryCard of(EntrySummary e) {
        return card(e, null, null);
    }

    static EntryCard of(SearchResult result) {
        return card(result.entry(), Highlights.safe(result.titleHtml()), Highlights.safe(result.bodyHtml()));
    }

    static List<EntryCard.Tag> tags(List<EntryView.TechnologyItem> technologies) {
        return technologies.stream()
                .map(t -> new EntryCard.Tag(t.slug(), t.name()))
                .toList();
    }

    private static EntryCard card(EntrySummary e, String titleHtml, String excerptHtml) {
        var author = e.author();
        return new EntryCard(
                "/entries/" + e.id(),
                e.kind().name().toLowerCase(),
                Format.kind(e.kind()),
                e.title(),
                titleHtml,
                e.excerpt(),
                excerptHtml == null || excerptHtml.isBlank() ? null : excerptHtml,
                author == null ? null : author.handle(),
                author == null ? null : author.displayName(),
                tags(e.technologies()),
                e.kind() == EntryKind.CHALLENGE,
                e.hasSolution() || e.engagement().acceptedCommentId() != null,
                e.engagement().sameHere(),
                e.engagement().comments(),
                Format.date(e.createdAt()),
                e.visibility() == Visibility.DRAFT);
    }
}
