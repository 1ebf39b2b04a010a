package org.projectnexus.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.projectnexus.accounts.CurrentMember;
import org.projectnexus.accounts.Track;
import org.projectnexus.entries.Entries;
import org.projectnexus.entries.EntryFilter;
import org.projectnexus.entries.EntryKind;
import org.projectnexus.entries.EntrySummary;
import org.projectnexus.shared.CursorPage;
import org.projectnexus.shared.CursorPages;
import org.projectnexus.shared.Ids;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Search", description = "Search across everyone's public entries")
class SearchController {

    private final SearchService search;
    private final Entries entries;

    SearchController(SearchService search, Entries entries) {
        this.search = search;
        this.entries = entries;
    }

    @GetMapping("/search")
    @Operation(
            operationId = "searchEntries",
            summary = "Search public entries",
            description = "Web-search syntax: words (stemmed, typo-tolerant, the last one as a prefix), \"quoted"
                    + " phrases\", -exclusions, or. Ranked (title > technologies > body); highlighted; filters as"
                    + " in GET /entries; cursor-paginated.")
    ResponseEntity<CursorPage<SearchService.Hit>> search(
            @Parameter(
                            required = true,
                            description = "What to look for, in web-search syntax",
                            example = "celery retries")
                    @RequestParam(required = false)
                    String q,
            @RequestParam(required = false) EntryKind kind,
            @RequestParam(required = false) String technology,
            @RequestParam(required = false) String author,
            @RequestParam(required = false) Track track,
            @RequestParam(required = false) String cohort,
            @RequestParam(required = false) Instant since,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        var filter = entries.filter(kind, technology, author, track, cohort, since, EntryFilter.Sort.RECENT);
        return CursorPages.ok(search.search(q, filter, limit, cursor));
    }

    @GetMapping("/entries/{id}/similar")
    @Operation(
            operationId = "listSimilarEntries",
            summary = "Entries similar to this one",
            description = "Same technologies and similar titles; for a challenge, other challenges first.")
    List<EntrySummary> similar(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable String id,
            @RequestParam(defaultValue = "10") int limit) {
        return search.similar(me, Ids.parse(id, "entry"), limit);
    }
}
