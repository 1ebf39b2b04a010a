package org.projectnexus.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import org.projectnexus.accounts.MemberProfile;
import org.projectnexus.accounts.MemberRole;
import org.projectnexus.accounts.Members;
import org.projectnexus.accounts.Track;
import org.projectnexus.collaboration.Community;
import org.projectnexus.entries.EntryKind;
import org.projectnexus.entries.EntryReading;
import org.projectnexus.entries.MemberHub;
import org.projectnexus.shared.ProblemException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Member hubs and the member directory. */
@Controller
class MemberPagesController {

    private final Layouts layouts;
    private final Members members;
    private final EntryReading reading;
    private final Community community;

    MemberPagesController(Layouts layouts, Members members, EntryReading reading, Community community) {
        this.layouts = layouts;
        this.members = members;
        this.reading = reading;
        this.community = community;
    }

    @GetMapping("/members/{handle}")
    ModelAndView hub(HttpServletRequest request, @PathVariable String handle) {
        var profile = members.profile(handle)
                .orElseThrow(() -> ProblemException.notFound("No member with the handle '" + handle + "'."));
        var me = Layouts.member();
        var hub = reading.hub(me, profile.handle());
        var layout = layouts.of(request, profile.displayName() + " (@" + profile.handle() + ")", "members");
        var sections = sections(hub);
        if (sections.stream()
                .flatMap(s -> s.items().stream())
                .anyMatch(i -> i.bodyHtml() != null && i.bodyHtml().contains("class=\"language-mermaid\""))) {
            PageSecurityPolicy.allowDiagramStyles(request);
            layout = layout.withMermaid(layouts.mermaidUrl());
        }
        var counts = hub.counts().entrySet().stream()
                .map(c -> new HubPage.Count(anchor(c.getKey()), Format.section(c.getKey()), c.getValue()))
                .toList();
        var followers = community
                .followers(List.of(hub.member().id()))
                .getOrDefault(hub.member().id(), 0);
        var page = new HubPage(
                layout,
                profile(profile, followers),
                Cards.tags(hub.technologies()),
                counts,
                sections,
                me != null && me.id().equals(hub.member().id()));
        return PageRenderer.view("hub", page);
    }

    @GetMapping("/members")
    ModelAndView directory(
            HttpServletRequest request,
            @RequestParam(required = false) String track,
            @RequestParam(required = false) String cohort,
            @RequestParam(required = false) String cursor) {
        var trackChoice = Params.choice(Track.class, track);
        var cohortText = Params.text(cohort);
        var page = members.directory(trackChoice, cohortText, 50, Params.cursor(cursor));
        var tracks = Arrays.stream(Track.values())
                .map(t -> new SearchPage.Option(t.name(), label(t.name()), t == trackChoice))
                .toList();
        var parameters = new LinkedHashMap<String, String>();
        parameters.put("track", trackChoice == null ? null : trackChoice.name());
        parameters.put("cohort", cohortText);
        parameters.put("cursor", page.nextCursor());
        var result = new MembersPage(
                layouts.of(request, "Members", "members"),
                tracks,
                Params.orEmpty(cohortText),
                page.items().stream().map(MemberPagesController::member).toList(),
                page.nextCursor() == null ? null : Links.to("/members", parameters));
        return PageRenderer.view("members", result);
    }

    private static List<HubPage.Section> sections(MemberHub hub) {
        var sections = new ArrayList<HubPage.Section>();
        for (var kind : EntryKind.values()) {
            var entries = hub.entries().get(kind);
            if (entries == null || entries.isEmpty()) {
                continue;
            }
            var full = kind == EntryKind.SNIPPET || kind == EntryKind.DIAGRAM;
            var items = entries.stream()
                    .map(item -> new HubPage.Item(
                            Cards.of(item.summary()),
                            full ? item.entry().bodyHtml() : null,
                            kind == EntryKind.CHALLENGE ? item.entry().solutionHtml() : null,
                            item.entry().diagram() == null
                                    ? null
                                    : item.entry().diagram().caption()))
                    .toList();
            sections.add(new HubPage.Section(
                    anchor(kind), Format.section(kind), kind.name().toLowerCase(), items));
        }
        return sections;
    }

    private static HubPage.Profile profile(MemberProfile p, int followers) {
        return new HubPage.Profile(
                p.handle(),
                p.displayName(),
                p.bio(),
                p.track() == null ? null : label(p.track().name()),
                p.cohort(),
                p.githubUrl(),
                p.linkedinUrl(),
                followers,
                Format.date(p.joinedAt()),
                p.roles().stream()
                        .filter(r -> r != MemberRole.LEARNER)
                        .map(r -> label(r.name()))
                        .toList());
    }

    private static MembersPage.Member member(MemberProfile p) {
        return new MembersPage.Member(
                p.handle(),
                p.displayName(),
                p.track() == null ? "" : label(p.track().name()),
                Params.orEmpty(p.cohort()),
                Params.orEmpty(p.bio()),
                Format.date(p.joinedAt()));
    }

    static String anchor(EntryKind kind) {
        return kind.name().toLowerCase() + "s";
    }

    static String label(String constant) {
        return constant.charAt(0) + constant.substring(1).toLowerCase();
    }
}
