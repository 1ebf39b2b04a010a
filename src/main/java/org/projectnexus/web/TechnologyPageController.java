package org.projectnexus.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.projectnexus.collaboration.Community;
import org.projectnexus.entries.Entries;
import org.projectnexus.entries.EntryFilter;
import org.projectnexus.entries.EntryKind;
import org.projectnexus.entries.EntryReading;
import org.projectnexus.shared.ProblemException;
import org.projectnexus.technologies.Technologies;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

@Controller
class TechnologyPageController {

    private final Layouts layouts;
    private final Technologies technologies;
    private final Entries entries;
    private final EntryReading reading;
    private final Community community;

    TechnologyPageController(
            Layouts layouts, Technologies technologies, Entries entries, EntryReading reading, Community community) {
        this.layouts = layouts;
        this.technologies = technologies;
        this.entries = entries;
        this.reading = reading;
        this.community = community;
    }

    @GetMapping("/technologies/{slug}")
    ModelAndView technology(
            HttpServletRequest request, @PathVariable String slug, @RequestParam(required = false) String cursor) {
        var details = technologies
                .details(slug)
                .orElseThrow(() -> ProblemException.notFound("No technology with the slug '" + slug + "'."));
        var technology = details.technology();
        var challenges = reading.list(
                entries.filter(
                        EntryKind.CHALLENGE, technology.slug(), null, null, null, null, EntryFilter.Sort.POPULAR),
                6,
                null);
        var all = reading.list(
                entries.filter(null, technology.slug(), null, null, null, null, EntryFilter.Sort.RECENT),
                20,
                Params.cursor(cursor));
        var page = new TechnologyPage(
                layouts.of(request, technology.name(), "technologies"),
                technology.slug(),
                technology.name(),
                MemberPagesController.label(technology.category().name()),
                details.description(),
                details.aliases().stream()
                        .filter(alias -> !alias.equalsIgnoreCase(technology.name())
                                && !alias.equalsIgnoreCase(technology.slug()))
                        .toList(),
                technology.pending(),
                community.technologyFollowers(technology.id()),
                Cards.of(challenges.items()),
                Cards.of(all.items()),
                Links.to("/search", Map.of("q", technology.name(), "technology", technology.slug())),
                all.nextCursor() == null
                        ? null
                        : Links.to("/technologies/" + technology.slug(), Map.of("cursor", all.nextCursor())));
        return PageRenderer.view("technology", page);
    }
}
