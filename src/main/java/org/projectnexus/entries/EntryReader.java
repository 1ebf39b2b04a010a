package org.projectnexus.entries;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.UUID;
import org.projectnexus.accounts.CurrentMember;
import org.projectnexus.accounts.Members;
import org.projectnexus.shared.CursorPage;
import org.projectnexus.shared.ProblemException;
import org.springframework.stereotype.Service;

/** {@link EntryReading} over the entry service, with its rules. */
@Service
class EntryReader implements EntryReading {

    private final EntryService entries;
    private final ViewCounter views;
    private final Members members;

    EntryReader(EntryService entries, ViewCounter views, Members members) {
        this.entries = entries;
        this.views = views;
        this.members = members;
    }

    @Override
    public EntryView read(CurrentMember viewer, UUID id) {
        var entry = entries.visible(viewer, id);
        views.viewedBy(viewer, entry);
        return entries.view(entry);
    }

    @Override
    public List<EntryRevision> revisions(CurrentMember viewer, UUID id) {
        return entries.revisions(viewer, id).stream()
                .map(r -> new EntryRevision(r.version(), r.savedAt(), r.savedBy()))
                .toList();
    }

    @Override
    public CursorPage<EntrySummary> list(EntryFilter filter, Integer limit, String cursor) {
        return entries.listSummaries(filter, limit, cursor);
    }

    @Override
    public MemberHub hub(CurrentMember viewer, String handle) {
        var member = members.findByHandle(handle)
                .orElseThrow(() -> ProblemException.notFound("No member with the handle '" + handle + "'."));
        var own = viewer != null && viewer.id().equals(member.id());
        var all = entries.allBy(member.id(), own).reversed();
        var grouped = new EnumMap<EntryKind, List<MemberHub.Item>>(EntryKind.class);
        var counts = new EnumMap<EntryKind, Long>(EntryKind.class);
        for (var entry : all) {
            grouped.computeIfAbsent(entry.kind(), k -> new ArrayList<>())
                    .add(new MemberHub.Item(summary(entry), entry));
            counts.merge(entry.kind(), 1L, Long::sum);
        }
        var technologies = all.stream()
                .flatMap(e -> e.technologies().stream())
                .distinct()
                .sorted(Comparator.comparing(EntryView.TechnologyItem::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new MemberHub(member, counts, technologies, grouped);
    }

    private static EntrySummary summary(EntryView e) {
        return new EntrySummary(
                e.id(),
                e.kind(),
                e.title(),
                EntryService.excerpt(e.body()),
                e.technologies(),
                e.author(),
                e.visibility(),
                e.solution() != null && !e.solution().isBlank(),
                e.views(),
                e.engagement(),
                e.createdAt(),
                e.updatedAt());
    }
}
