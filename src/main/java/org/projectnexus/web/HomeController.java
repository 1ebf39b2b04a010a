package org.projectnexus.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.projectnexus.accounts.MemberProfile;
import org.projectnexus.accounts.Members;
import org.projectnexus.collaboration.Community;
import org.projectnexus.entries.Entries;
import org.projectnexus.entries.EntryFilter;
import org.projectnexus.entries.EntryKind;
import org.projectnexus.entries.EntryReading;
import org.projectnexus.technologies.Technologies;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

@Controller
class HomeController {

    private static final int CARDS = 6;

    private final Layouts layouts;
    private final Entries entries;
    private final EntryReading reading;
    private final Community community;
    private final Technologies technologies;
    private final Members members;

    HomeController(
            Layouts layouts,
            Entries entries,
            EntryReading reading,
            Community community,
            Technologies technologies,
            Members members) {
        this.layouts = layouts;
        this.entries = entries;
        this.reading = reading;
        this.community = community;
        this.technologies = technologies;
        this.members = members;
    }

    @GetMapping("/")
    ModelAndView home(HttpServletRequest request) {
        var cohort = cohortOfViewer();
        var page = new HomePage(
                layouts.of(request, "Home", "home"),
                challenges(EntryFilter.Sort.RECENT),
                challenges(EntryFilter.Sort.POPULAR),
                followedTechnologies(),
                cohort,
                Cards.of(reading.list(
                                entries.filter(null, null, null, null, cohort, null, EntryFilter.Sort.RECENT),
                                CARDS,
                                null)
                        .items()));
        return PageRenderer.view("home", page);
    }

    private List<EntryCard> challenges(EntryFilter.Sort sort) {
        var filter = entries.filter(EntryKind.CHALLENGE, null, null, null, null, null, sort);
        return Cards.of(reading.list(filter, CARDS, null).items());
    }

    private List<HomePage.FollowedTechnology> followedTechnologies() {
        var top = community.mostFollowedTechnologies(10);
        var refs = technologies.findAllById(
                top.stream().map(Community.TechnologyFollowers::technologyId).toList());
        return top.stream()
                .filter(t -> refs.containsKey(t.technologyId()))
                .map(t -> {
                    var ref = refs.get(t.technologyId());
                    return new HomePage.FollowedTechnology(ref.slug(), ref.name(), t.followers());
                })
                .toList();
    }

    private String cohortOfViewer() {
        var me = Layouts.member();
        return me == null
                ? null
                : members.profile(me.handle()).map(MemberProfile::cohort).orElse(null);
    }
}
