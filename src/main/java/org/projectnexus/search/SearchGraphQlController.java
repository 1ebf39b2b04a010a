package org.projectnexus.search;

import java.util.List;
import java.util.UUID;
import org.projectnexus.accounts.CurrentMember;
import org.projectnexus.entries.Entries;
import org.projectnexus.entries.EntryFilter;
import org.projectnexus.entries.EntrySummary;
import org.projectnexus.entries.EntryView;
import org.projectnexus.shared.Connection;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/** Search and similar entries in GraphQL, as {@code GET /search} and {@code GET /entries/{id}/similar}. */
@Controller
class SearchGraphQlController {

    private final SearchService search;
    private final Entries entries;

    SearchGraphQlController(SearchService search, Entries entries) {
        this.search = search;
        this.entries = entries;
    }

    @QueryMapping
    Connection<SearchService.Hit> search(
            @Argument String query,
            @Argument EntryFilter.Criteria filter,
            @Argument Integer first,
            @Argument String after) {
        return Connection.of(search.search(query, entries.filter(filter), Connection.first(first), after), after);
    }

    @SchemaMapping(typeName = "Entry")
    List<EntrySummary> similar(EntryView entry, @AuthenticationPrincipal CurrentMember me, @Argument Integer first) {
        return search.similar(me, UUID.fromString(entry.id()), first == null ? 10 : first);
    }
}
