package org.projectnexus.entries;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.projectnexus.accounts.CurrentMember;
import org.projectnexus.accounts.MemberSummary;
import org.projectnexus.shared.Connection;
import org.projectnexus.shared.Ids;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/**
 * Entries in GraphQL, through the same {@link EntryService} as REST: {@code Entry} is an {@link
 * EntryView}, {@code EntrySummary} an {@link EntrySummary}, and their authors {@link
 * MemberSummary}s that the accounts and collaboration modules complete.
 */
@Controller
class EntriesGraphQlController {

    record KindCount(EntryKind kind, long count) {}

    record HubSection(EntryKind kind, List<EntrySummary> entries) {}

    record Hub(List<KindCount> counts, List<EntryView.TechnologyItem> technologies, List<HubSection> sections) {}

    private final EntryService entries;
    private final ViewCounter views;

    EntriesGraphQlController(EntryService entries, ViewCounter views) {
        this.entries = entries;
        this.views = views;
    }

    @QueryMapping
    EntryView entry(@AuthenticationPrincipal CurrentMember me, @Argument String id) {
        var entry = entries.visible(me, Ids.parse(id, "entry"));
        views.viewedBy(me, entry);
        return entries.view(entry);
    }

    @QueryMapping
    Connection<EntrySummary> entries(
            @Argument EntryFilter.Criteria filter, @Argument Integer first, @Argument String after) {
        return Connection.of(entries.listSummaries(entries.filter(filter), Connection.first(first), after), after);
    }

    @SchemaMapping(typeName = "Entry")
    List<EntryRepository.RevisionInfo> revisions(EntryView entry, @AuthenticationPrincipal CurrentMember me) {
        return entries.revisions(me, UUID.fromString(entry.id()));
    }

    @SchemaMapping(typeName = "Member", field = "entries")
    Connection<EntrySummary> entriesOf(MemberSummary member, @Argument Integer first, @Argument String after) {
        var filter = new EntryFilter(null, null, member.id(), null, null, null, EntryFilter.Sort.RECENT);
        return Connection.of(entries.listSummaries(filter, Connection.first(first), after), after);
    }

    @SchemaMapping(typeName = "Member")
    Hub hub(MemberSummary member, @AuthenticationPrincipal CurrentMember me) {
        var hub = entries.hub(me, member.handle());
        return new Hub(
                hub.counts().entrySet().stream()
                        .map(count -> new KindCount(count.getKey(), count.getValue()))
                        .toList(),
                hub.technologies(),
                hub.entries().entrySet().stream()
                        .map(section -> new HubSection(section.getKey(), section.getValue()))
                        .toList());
    }

    @MutationMapping
    @PreAuthorize("hasAuthority('SCOPE_write')")
    EntryView createEntry(
            @AuthenticationPrincipal CurrentMember me, @Argument @Valid EntriesController.EntryRequest input) {
        return entries.view(entries.create(me, input.command()));
    }

    @MutationMapping
    @PreAuthorize("hasAuthority('SCOPE_write')")
    EntryView updateEntry(
            @AuthenticationPrincipal CurrentMember me,
            @Argument String id,
            @Argument int version,
            @Argument @Valid EntriesController.EntryPatch changes) {
        return entries.view(entries.patch(me, Ids.parse(id, "entry"), version, changes));
    }

    @MutationMapping
    @PreAuthorize("hasAuthority('SCOPE_write')")
    boolean deleteEntry(@AuthenticationPrincipal CurrentMember me, @Argument String id, @Argument Integer version) {
        entries.delete(me, Ids.parse(id, "entry"), version);
        return true;
    }
}
