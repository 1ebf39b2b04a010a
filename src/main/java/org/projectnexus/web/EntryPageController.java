package org.projectnexus.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.projectnexus.accounts.CurrentMember;
import org.projectnexus.accounts.MemberSummary;
import org.projectnexus.accounts.Members;
import org.projectnexus.collaboration.Community;
import org.projectnexus.collaboration.EntryComment;
import org.projectnexus.entries.Entries;
import org.projectnexus.entries.EntryKind;
import org.projectnexus.entries.EntryReading;
import org.projectnexus.entries.EntryRevision;
import org.projectnexus.entries.EntryView;
import org.projectnexus.entries.Visibility;
import org.projectnexus.search.Search;
import org.projectnexus.shared.CursorPage;
import org.projectnexus.shared.Ids;
import org.projectnexus.shared.ProblemException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

@Controller
class EntryPageController {

    static final int COMMENTS = 100;
    static final int SIMILAR = 5;

    private final Layouts layouts;
    private final EntryReading reading;
    private final Community community;
    private final Search search;
    private final Members members;
    private final Entries entries;

    EntryPageController(
            Layouts layouts,
            EntryReading reading,
            Community community,
            Search search,
            Members members,
            Entries entries) {
        this.entries = entries;
        this.layouts = layouts;
        this.reading = reading;
        this.community = community;
        this.search = search;
        this.members = members;
    }

    @GetMapping("/entries/{id}")
    ModelAndView entry(
            HttpServletRequest request,
            @PathVariable String id,
            @RequestParam(name = "comments", required = false) String commentsCursor) {
        var me = Layouts.member();
        var entryId = Ids.parse(id, "entry");
        var entry = reading.read(me, entryId);
        // The entry's comment count is kept in step with its comments: none, no query.
        var comments = entry.engagement().comments() == 0 && commentsCursor == null
                ? CursorPage.<EntryComment>empty()
                : community.comments(me, entryId, COMMENTS, Params.cursor(commentsCursor));
        var layout = layouts.of(request, entry.title(), "");
        if (hasMermaid(entry)) {
            PageSecurityPolicy.allowDiagramStyles(request);
            layout = layout.withMermaid(layouts.mermaidUrl());
        }
        var page = new EntryPage(
                layout,
                entry.id(),
                entry.kind().name().toLowerCase(),
                Format.kind(entry.kind()),
                entry.title(),
                entry.author() == null ? null : entry.author().handle(),
                entry.author() == null ? null : entry.author().displayName(),
                Format.date(entry.createdAt()),
                Format.date(entry.updatedAt()),
                entry.visibility() == Visibility.DRAFT,
                entry.bodyHtml(),
                entry.kind() == EntryKind.CHALLENGE,
                entry.kind() == EntryKind.CHALLENGE ? entry.solutionHtml() : null,
                details(entry),
                Cards.tags(entry.technologies()),
                counts(entry),
                revisions(me, entry),
                Threads.of(comments.items()),
                comments.nextCursor() == null
                        ? null
                        : Links.to("/entries/" + entry.id(), Map.of("comments", comments.nextCursor())) + "#discussion",
                "/entries/" + entry.id() + "/similar");
        return PageRenderer.view("entry", page);
    }

    /**
     * Entries like this one, on a page of their own: the entry page loads it after it is shown
     * (htmx) or links to it (without JavaScript), because finding them takes longer than the page.
     */
    @GetMapping("/entries/{id}/similar")
    ModelAndView similar(HttpServletRequest request, @PathVariable String id) {
        var me = Layouts.member();
        var entryId = Ids.parse(id, "entry");
        var entry = entries.visibleRef(me, entryId)
                .orElseThrow(() -> ProblemException.notFound("No entry with id '" + id + "'."));
        var page = new SimilarPage(
                layouts.of(request, "Like “" + entry.title() + "”", ""),
                entry.id().toString(),
                entry.title(),
                Cards.of(search.similar(me, entryId, SIMILAR)));
        return PageRenderer.view("similar", page);
    }

    /** Whether the page must load Mermaid: a diagram, or a mermaid code block in any entry's markdown. */
    static boolean hasMermaid(EntryView entry) {
        return entry.bodyHtml().contains("class=\"language-mermaid\"")
                || (entry.solutionHtml() != null && entry.solutionHtml().contains("class=\"language-mermaid\""));
    }

    private static EntryPage.Details details(EntryView e) {
        return new EntryPage.Details(
                e.language(),
                e.diagram() == null ? null : e.diagram().format(),
                e.diagram() == null ? null : e.diagram().caption(),
                e.project() == null ? null : e.project().repositoryUrl(),
                e.project() == null ? null : e.project().demoUrl());
    }

    private static EntryPage.Counts counts(EntryView e) {
        var engagement = e.engagement();
        return new EntryPage.Counts(
                engagement.helpful(),
                engagement.insightful(),
                engagement.sameHere(),
                engagement.comments(),
                e.views(),
                engagement.acceptedCommentId() != null);
    }

    private List<EntryPage.Revision> revisions(CurrentMember me, EntryView entry) {
        var revisions = reading.revisions(me, UUID.fromString(entry.id()));
        var author = entry.author();
        var others = revisions.stream()
                .map(EntryRevision::savedBy)
                .filter(id -> author == null || !id.equals(author.id()))
                .distinct()
                .toList();
        var savers = new HashMap<UUID, MemberSummary>(others.isEmpty() ? Map.of() : members.findAllById(others));
        if (author != null) {
            savers.put(author.id(), author);
        }
        return revisions.stream()
                .map(r -> new EntryPage.Revision(
                        r.version(),
                        Format.date(r.savedAt()),
                        savers.containsKey(r.savedBy())
                                ? savers.get(r.savedBy()).handle()
                                : null))
                .toList();
    }
}
