package org.projectnexus.entries;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.projectnexus.accounts.CurrentMember;
import org.projectnexus.accounts.MemberSummary;
import org.projectnexus.accounts.Members;
import org.projectnexus.accounts.Track;
import org.projectnexus.shared.Cursor;
import org.projectnexus.shared.CursorCodec;
import org.projectnexus.shared.CursorPage;
import org.projectnexus.shared.FieldProblem;
import org.projectnexus.shared.Ids;
import org.projectnexus.shared.Markdown;
import org.projectnexus.shared.PageRequest;
import org.projectnexus.shared.ProblemException;
import org.projectnexus.technologies.Technologies;
import org.projectnexus.technologies.TechnologyRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writing and reading entries, with ownership, drafts, revisions and optimistic concurrency. */
@Service
class EntryService implements Entries {

    /** Matches no row: an unknown technology or author in a filter gives an empty page. */
    static final UUID NOTHING = new UUID(0, 0);

    private static final int EXCERPT_LENGTH = 280;

    private final EntryRepository entries;
    private final Technologies technologies;
    private final Members members;
    private final Markdown markdown;
    private final CursorCodec cursors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EntryService(
            EntryRepository entries,
            Technologies technologies,
            Members members,
            Markdown markdown,
            CursorCodec cursors,
            ApplicationEventPublisher events,
            Clock clock) {
        this.entries = entries;
        this.technologies = technologies;
        this.members = members;
        this.markdown = markdown;
        this.cursors = cursors;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    Entry create(CurrentMember author, EntryCommand command) {
        return create(author, command, false);
    }

    /** @param imported written by an import, which tells followers once for all its entries */
    private Entry create(CurrentMember author, EntryCommand command, boolean imported) {
        validate(command);
        var techs = technologies.resolve(command.technologies(), author.id());
        var now = clock.instant();
        var entry = build(Ids.newId(), author.id(), command, techs, 1, now, now, null);
        entries.insert(entry, names(techs));
        saved(entry, author, techs, null, imported);
        return entry;
    }

    /** Replaces the entry's content if {@code expectedVersion} is still current. */
    @Transactional
    Entry update(CurrentMember editor, UUID id, int expectedVersion, EntryCommand command) {
        return update(editor, editable(editor, id), expectedVersion, command, false);
    }

    /** Changes the fields the patch names, if {@code expectedVersion} is still current. */
    @Transactional
    Entry patch(CurrentMember editor, UUID id, int expectedVersion, EntriesController.EntryPatch patch) {
        var current = editable(editor, id);
        return update(editor, current, expectedVersion, patch.mergeInto(commandOf(current)), false);
    }

    private Entry update(
            CurrentMember editor, Entry current, int expectedVersion, EntryCommand command, boolean imported) {
        var id = current.id();
        if (command.kind() != current.kind()) {
            throw ProblemException.invalid("kind", "cannot change (the entry is a " + current.kind() + ")");
        }
        if (current.version() != expectedVersion) {
            throw stale(current);
        }
        validate(command);
        var techs = technologies.resolve(command.technologies(), editor.id());
        var entry = build(
                id,
                current.authorId(),
                command,
                techs,
                current.version() + 1,
                current.createdAt(),
                clock.instant(),
                current);
        if (!entries.update(entry, expectedVersion, names(techs))) {
            throw stale(entries.findById(id).orElse(current));
        }
        saved(entry, editor, techs, current, imported);
        return entry;
    }

    /** The stored entry as a command, for PATCH to merge into. */
    private EntryCommand commandOf(Entry entry) {
        var techNames = technologies.findAllById(entry.technologyIds()).values().stream()
                .map(TechnologyRef::name)
                .toList();
        return new EntryCommand(
                entry.kind(),
                entry.title(),
                entry.body(),
                entry.solution(),
                entry.language(),
                entry.diagramFormat(),
                entry.caption(),
                entry.project(),
                techNames,
                entry.visibility());
    }

    @Transactional
    void delete(CurrentMember editor, UUID id, Integer expectedVersion) {
        var current = editable(editor, id);
        if (expectedVersion != null && current.version() != expectedVersion) {
            throw stale(current);
        }
        entries.delete(id);
        events.publishEvent(new EntryDeleted(id, current.authorId(), editor.id()));
    }

    /** An entry the viewer may see: public ones, and drafts to their author only. */
    Entry visible(CurrentMember viewer, UUID id) {
        return entries.findById(id)
                .filter(entry ->
                        entry.isPublic() || (viewer != null && viewer.id().equals(entry.authorId())))
                .orElseThrow(() -> ProblemException.notFound("No entry with id '" + id + "'."));
    }

    /** Authors edit their own entries; mentors and admins moderate public ones. */
    Entry editable(CurrentMember editor, UUID id) {
        var entry = visible(editor, id);
        if (!entry.authorId().equals(editor.id()) && !editor.isModerator()) {
            throw ProblemException.forbidden("Only the author (or a mentor or admin) may change this entry.");
        }
        return entry;
    }

    List<EntryRepository.RevisionInfo> revisions(CurrentMember viewer, UUID id) {
        visible(viewer, id);
        return entries.revisions(id);
    }

    Map<String, Object> revision(CurrentMember viewer, UUID id, int version) {
        visible(viewer, id);
        return entries.revision(id, version)
                .orElseThrow(() -> ProblemException.notFound("Entry '" + id + "' has no version " + version + "."));
    }

    private CursorPage<Entry> list(EntryFilter filter, PageRequest page) {
        var after = page.first() ? null : page.cursor().keys();
        var rows = entries.query(EntryQueries.listing(filter, after, page.limit()));
        var popular = filter.sort() == EntryFilter.Sort.POPULAR;
        return cursors.slice(
                rows,
                page,
                last -> new Cursor(
                        listScope(filter),
                        List.of(
                                popular
                                        ? Long.toString(last.popularity())
                                        : last.createdAt().toString(),
                                last.id().toString())));
    }

    /** A page of the listing as list items (REST and GraphQL). */
    CursorPage<EntrySummary> listSummaries(EntryFilter filter, Integer limit, String cursor) {
        var result = list(filter, cursors.page(limit, cursor, listScope(filter)));
        return result.withItems(summariesOf(result.items()));
    }

    static String listScope(EntryFilter filter) {
        return "entries|" + filter.scope();
    }

    /** The hub page: a member's entries grouped by kind in README order, with their technologies. */
    EntriesController.Hub hub(CurrentMember viewer, String handle) {
        var member = members.findByHandle(handle)
                .orElseThrow(() -> ProblemException.notFound("No member with the handle '" + handle + "'."));
        var own = viewer != null && viewer.id().equals(member.id());
        var items = summariesOf(entries.byAuthor(member.id(), own, 1000));
        var grouped = new EnumMap<EntryKind, List<EntrySummary>>(EntryKind.class);
        var counts = new EnumMap<EntryKind, Long>(EntryKind.class);
        for (var item : items) {
            grouped.computeIfAbsent(item.kind(), k -> new ArrayList<>()).add(item);
            counts.merge(item.kind(), 1L, Long::sum);
        }
        var techs = items.stream()
                .flatMap(i -> i.technologies().stream())
                .distinct()
                .sorted(Comparator.comparing(EntryView.TechnologyItem::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new EntriesController.Hub(member, counts, techs, grouped);
    }

    @Override
    public EntryFilter filter(
            EntryKind kind,
            String technology,
            String authorHandle,
            Track track,
            String cohort,
            Instant since,
            EntryFilter.Sort sort) {
        UUID technologyId = null;
        if (technology != null && !technology.isBlank()) {
            technologyId = technologies.find(technology).map(TechnologyRef::id).orElse(NOTHING);
        }
        UUID authorId = null;
        if (authorHandle != null && !authorHandle.isBlank()) {
            authorId = members.findByHandle(authorHandle).map(m -> m.id()).orElse(NOTHING);
        }
        return new EntryFilter(
                kind,
                technologyId,
                authorId,
                track,
                blankToNull(cohort),
                since,
                sort == null ? EntryFilter.Sort.RECENT : sort);
    }

    @Override
    @Transactional
    public UUID create(CurrentMember author, NewEntry entry) {
        return create(author, command(entry), true).id();
    }

    @Override
    @Transactional
    public boolean replace(CurrentMember author, UUID id, NewEntry entry) {
        var current = editable(author, id);
        return update(author, current, current.version(), command(entry), true).isPublic() && !current.isPublic();
    }

    @Override
    public CursorPage<EntrySummary> feed(
            UUID memberId, Collection<UUID> authorIds, Collection<UUID> technologyIds, PageRequest page) {
        var after = page.first() ? null : page.cursor().keys();
        var rows = entries.query(EntryQueries.feed(memberId, authorIds, technologyIds, after, page.limit()));
        var result = cursors.slice(
                rows,
                page,
                last -> new Cursor(
                        Entries.feedScope(memberId),
                        List.of(last.createdAt().toString(), last.id().toString())));
        return result.withItems(summariesOf(result.items()));
    }

    @Override
    public void updateEngagement(UUID entryId, Engagement engagement) {
        entries.saveEngagement(entryId, engagement);
    }

    @Override
    public Optional<EntryRef> visibleRef(CurrentMember viewer, UUID entryId) {
        return entries.findById(entryId)
                .filter(e -> e.isPublic() || (viewer != null && e.authorId().equals(viewer.id())))
                .map(e -> new EntryRef(e.id(), e.authorId(), e.kind(), e.title(), e.isPublic()));
    }

    @Override
    public boolean exists(UUID id) {
        return entries.findById(id).isPresent();
    }

    @Override
    public List<EntryView> allBy(UUID authorId, boolean includeDrafts) {
        // Three queries whatever the number of entries: an import compares against all of them.
        var all = entries.byAuthor(authorId, includeDrafts, 10_000).reversed();
        var author = members.findAllById(List.of(authorId)).get(authorId);
        var techs = technologies.findAllById(
                all.stream().flatMap(e -> e.technologyIds().stream()).collect(Collectors.toSet()));
        return all.stream().map(e -> view(e, author, techs)).toList();
    }

    private static EntryCommand command(NewEntry e) {
        return new EntryCommand(
                e.kind(),
                e.title(),
                e.body(),
                e.kind() == EntryKind.CHALLENGE ? (e.solution() == null ? "" : e.solution()) : null,
                e.kind() == EntryKind.SNIPPET ? e.language() : null,
                e.kind() == EntryKind.DIAGRAM && e.diagramFormat() != null
                        ? Entry.DiagramFormat.valueOf(e.diagramFormat())
                        : null,
                null,
                null,
                e.technologies(),
                e.visibility());
    }

    @Override
    public boolean isOwnDraft(CurrentMember member, UUID entryId) {
        return member != null
                && entries.findById(entryId)
                        .filter(e -> !e.isPublic() && e.authorId().equals(member.id()))
                        .isPresent();
    }

    @Override
    public List<EntrySummary> summaries(List<UUID> ids) {
        var byId = entries.findAllById(ids).stream()
                .filter(Entry::isPublic)
                .collect(Collectors.toMap(Entry::id, Function.identity()));
        var ordered = ids.stream().map(byId::get).filter(e -> e != null).toList();
        return summariesOf(ordered);
    }

    /** List items with their authors and technologies, in two queries whatever the page size. */
    List<EntrySummary> summariesOf(List<Entry> page) {
        var authors = members.findAllById(page.stream().map(Entry::authorId).collect(Collectors.toSet()));
        var techs = technologies.findAllById(
                page.stream().flatMap(e -> e.technologyIds().stream()).collect(Collectors.toSet()));
        return page.stream()
                .map(e -> new EntrySummary(
                        e.id().toString(),
                        e.kind(),
                        e.title(),
                        excerpt(e.body()),
                        technologyItems(e, techs),
                        authors.get(e.authorId()),
                        e.visibility(),
                        e.solution() != null && !e.solution().isBlank(),
                        e.views(),
                        e.engagement(),
                        e.createdAt(),
                        e.updatedAt()))
                .toList();
    }

    EntryView view(Entry e) {
        return view(
                e,
                members.findAllById(List.of(e.authorId())).get(e.authorId()),
                technologies.findAllById(e.technologyIds()));
    }

    private static EntryView view(Entry e, MemberSummary author, Map<UUID, TechnologyRef> techs) {
        return new EntryView(
                e.id().toString(),
                e.kind(),
                e.title(),
                e.body(),
                e.bodyHtml(),
                e.solution(),
                e.solutionHtml(),
                e.language(),
                e.diagramFormat() == null
                        ? null
                        : new EntryView.Diagram(e.diagramFormat().name(), e.caption()),
                e.project() == null
                        ? null
                        : new EntryView.Project(
                                e.project().repositoryUrl(),
                                e.project().demoUrl(),
                                e.project().openApi()),
                technologyItems(e, techs),
                author,
                e.visibility(),
                e.version(),
                e.views(),
                e.engagement(),
                e.createdAt(),
                e.updatedAt());
    }

    private static List<EntryView.TechnologyItem> technologyItems(Entry e, Map<UUID, TechnologyRef> techs) {
        return e.technologyIds().stream()
                .map(techs::get)
                .filter(t -> t != null)
                .map(t -> new EntryView.TechnologyItem(t.slug(), t.name(), t.category(), t.pending()))
                .toList();
    }

    private Entry build(
            UUID id,
            UUID authorId,
            EntryCommand c,
            List<TechnologyRef> techs,
            int version,
            Instant created,
            Instant now,
            Entry previous) {
        return new Entry(
                id,
                authorId,
                c.kind(),
                c.title().strip(),
                c.body() == null ? "" : c.body(),
                markdown.toHtml(c.body()),
                c.solution(),
                c.solution() == null ? null : markdown.toHtml(c.solution()),
                c.language(),
                c.diagramFormat(),
                c.caption(),
                c.project(),
                c.visibility() == null ? Visibility.PUBLIC : c.visibility(),
                version,
                previous == null ? 0 : previous.views(),
                created,
                now,
                techs.stream().map(TechnologyRef::id).toList(),
                previous == null ? Engagement.NONE : previous.engagement(),
                previous == null ? 0 : previous.popularity());
    }

    /** Keeps the revision, feeds the search vocabulary and tells other modules. */
    private void saved(Entry entry, CurrentMember by, List<TechnologyRef> techs, Entry previous, boolean imported) {
        var snapshot = new LinkedHashMap<String, Object>();
        snapshot.put("version", entry.version());
        snapshot.put("kind", entry.kind().name());
        snapshot.put("title", entry.title());
        snapshot.put("body", entry.body());
        snapshot.put("solution", entry.solution());
        snapshot.put("language", entry.language());
        snapshot.put(
                "diagramFormat",
                entry.diagramFormat() == null ? null : entry.diagramFormat().name());
        snapshot.put("caption", entry.caption());
        snapshot.put("project", entry.project());
        snapshot.put("technologies", techs.stream().map(TechnologyRef::slug).toList());
        snapshot.put("visibility", entry.visibility().name());
        entries.saveRevision(entry.id(), entry.version(), by.id(), entry.updatedAt(), snapshot);
        entries.addSearchTerms(words(entry.title() + " " + names(techs)));
        if (entry.isPublic() && (previous == null || !previous.isPublic())) {
            events.publishEvent(new EntryPublished(
                    entry.id(), entry.authorId(), entry.kind(), entry.title(), entry.technologyIds(), imported));
        }
        if (entry.isPublic()) {
            // Only mentions the readers have not been told about: new ones, or all on publication.
            var mentioned = markdown.mentions(entry.body() + "\n\n" + Objects.toString(entry.solution(), ""));
            if (previous != null && previous.isPublic()) {
                mentioned.removeAll(
                        markdown.mentions(previous.body() + "\n\n" + Objects.toString(previous.solution(), "")));
            }
            mentioned.remove(by.handle().toLowerCase(Locale.ROOT));
            if (!mentioned.isEmpty()) {
                events.publishEvent(
                        new EntryMentioned(entry.id(), entry.authorId(), entry.title(), List.copyOf(mentioned)));
            }
        }
    }

    private static void validate(EntryCommand c) {
        var errors = new ArrayList<FieldProblem>();
        if (c.body() != null && c.body().getBytes(StandardCharsets.UTF_8).length > EntryCommand.MAX_BODY_BYTES) {
            errors.add(new FieldProblem("body", "must be at most 100 KB (" + EntryCommand.MAX_BODY_BYTES + " bytes)"));
        }
        if (c.solution() != null
                && c.solution().getBytes(StandardCharsets.UTF_8).length > EntryCommand.MAX_BODY_BYTES) {
            errors.add(new FieldProblem("solution", "must be at most 100 KB"));
        }
        if (c.technologies() != null && new LinkedHashSet<>(c.technologies()).size() > EntryCommand.MAX_TECHNOLOGIES) {
            errors.add(new FieldProblem("technologies", "at most " + EntryCommand.MAX_TECHNOLOGIES + " per entry"));
        }
        onlyFor(c, EntryKind.CHALLENGE, c.solution() != null, "solution", errors);
        onlyFor(c, EntryKind.SNIPPET, c.language() != null, "language", errors);
        onlyFor(c, EntryKind.DIAGRAM, c.diagramFormat() != null, "diagramFormat", errors);
        onlyFor(c, EntryKind.DIAGRAM, c.caption() != null, "caption", errors);
        onlyFor(c, EntryKind.PROJECT, c.project() != null, "project", errors);
        if (c.kind() == EntryKind.SNIPPET
                && (c.language() == null || c.language().isBlank())) {
            errors.add(new FieldProblem("language", "is required for a SNIPPET (e.g. python, sql, bash)"));
        }
        if (c.kind() == EntryKind.DIAGRAM && c.diagramFormat() == null) {
            errors.add(new FieldProblem("diagramFormat", "is required for a DIAGRAM: MERMAID, DBML or PLANTUML"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static void onlyFor(
            EntryCommand c, EntryKind kind, boolean present, String field, List<FieldProblem> errors) {
        if (present && c.kind() != kind) {
            errors.add(new FieldProblem(field, "is only for " + kind + " entries"));
        }
    }

    private static ProblemException stale(Entry current) {
        return new ProblemException(
                HttpStatus.PRECONDITION_FAILED,
                "stale-version",
                "Precondition Failed",
                "The entry changed since you read it (it is now version " + current.version()
                        + "); fetch it again and reapply your change.");
    }

    private static String names(List<TechnologyRef> techs) {
        return techs.stream().map(TechnologyRef::name).collect(Collectors.joining(" "));
    }

    static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= 3 && w.length() <= 40)
                .distinct()
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    static String excerpt(String markdown) {
        if (markdown == null) {
            return "";
        }
        var plain = markdown.replaceAll("```[\\s\\S]*?```", " ")
                .replaceAll("[#>*_`|\\[\\]()!-]+", " ")
                .replaceAll("\\s+", " ")
                .strip();
        return plain.length() <= EXCERPT_LENGTH
                ? plain
                : plain.substring(0, EXCERPT_LENGTH - 1).strip() + "…";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
