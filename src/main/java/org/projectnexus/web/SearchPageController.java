package org.projectnexus.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import org.projectnexus.accounts.Track;
import org.projectnexus.entries.Entries;
import org.projectnexus.entries.EntryFilter;
import org.projectnexus.entries.EntryKind;
import org.projectnexus.search.Search;
import org.projectnexus.shared.ProblemException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

@Controller
class SearchPageController {

    static final int PAGE_SIZE = 20;

    private final Layouts layouts;
    private final Entries entries;
    private final Search search;

    SearchPageController(Layouts layouts, Entries entries, Search search) {
        this.layouts = layouts;
        this.entries = entries;
        this.search = search;
    }

    @GetMapping("/search")
    ModelAndView search(
            HttpServletRequest request,
            HttpServletResponse response,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String technology,
            @RequestParam(required = false) String track,
            @RequestParam(required = false) String cohort,
            @RequestParam(required = false) String cursor) {
        var query = Params.query(q);
        var kindChoice = Params.choice(EntryKind.class, kind);
        var trackChoice = Params.choice(Track.class, track);
        var filters = new SearchPage.Filters(
                query,
                kindChoice == null ? "" : kindChoice.name(),
                Params.orEmpty(Params.text(technology)),
                trackChoice == null ? "" : trackChoice.name(),
                Params.orEmpty(Params.text(cohort)));
        var layout = layouts.of(request, query.isEmpty() ? "Search" : "Search: " + query, "search")
                .withQuery(query);
        var outcome = query.isEmpty()
                ? Outcome.NONE
                : run(query, filters, kindChoice, trackChoice, Params.cursor(cursor), response);
        var page = new SearchPage(
                layout,
                filters,
                options(EntryKind.values(), filters.kind()),
                options(Track.values(), filters.track()),
                outcome.results(),
                !query.isEmpty() && outcome.error() == null,
                outcome.error(),
                outcome.suggestion(),
                outcome.suggestion() == null ? null : href(withQuery(filters, outcome.suggestion()), null),
                outcome.more());
        return PageRenderer.view("search", page);
    }

    /** What a search gave: results and the link to more, or why the query was refused. */
    private record Outcome(List<EntryCard> results, String more, String suggestion, String error) {

        static final Outcome NONE = new Outcome(List.of(), null, null, null);
    }

    private Outcome run(
            String query,
            SearchPage.Filters filters,
            EntryKind kind,
            Track track,
            String cursor,
            HttpServletResponse response) {
        var filter = entries.filter(
                kind,
                emptyToNull(filters.technology()),
                null,
                track,
                emptyToNull(filters.cohort()),
                null,
                EntryFilter.Sort.RECENT);
        try {
            var page = search.query(query, filter, PAGE_SIZE, cursor);
            return new Outcome(
                    page.items().stream().map(Cards::of).toList(),
                    page.nextCursor() == null ? null : href(filters, page.nextCursor()),
                    search.suggestion(query).orElse(null),
                    null);
        } catch (ProblemException refused) {
            if (refused.getStatusCode().value() != 422) {
                throw refused;
            }
            // The query itself is refused (too long, only exclusions): said next to the box.
            response.setStatus(422);
            return new Outcome(
                    List.of(),
                    null,
                    null,
                    FieldErrors.of(refused).values().iterator().next());
        }
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    static String href(SearchPage.Filters filters, String cursor) {
        var parameters = new LinkedHashMap<String, String>();
        parameters.put("q", filters.q());
        parameters.put("kind", filters.kind());
        parameters.put("technology", filters.technology());
        parameters.put("track", filters.track());
        parameters.put("cohort", filters.cohort());
        parameters.put("cursor", cursor);
        return Links.to("/search", parameters);
    }

    private static SearchPage.Filters withQuery(SearchPage.Filters filters, String q) {
        return new SearchPage.Filters(q, filters.kind(), filters.technology(), filters.track(), filters.cohort());
    }

    private static <E extends Enum<E>> List<SearchPage.Option> options(E[] values, String selected) {
        var options = new ArrayList<SearchPage.Option>();
        Arrays.stream(values)
                .forEach(v -> options.add(
                        new SearchPage.Option(v.name(), label(v), v.name().equals(selected))));
        return options;
    }

    private static String label(Enum<?> value) {
        return value instanceof EntryKind kind
                ? Format.kind(kind)
                : value.name().charAt(0) + value.name().substring(1).toLowerCase();
    }
}
