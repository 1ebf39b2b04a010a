package org.projectnexus.imports;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.projectnexus.accounts.CurrentMember;
import org.projectnexus.accounts.MemberRole;
import org.projectnexus.accounts.Members;
import org.projectnexus.accounts.Scope;
import org.projectnexus.entries.Entries;
import org.projectnexus.entries.EntryKind;
import org.projectnexus.entries.NewEntry;
import org.projectnexus.entries.Visibility;
import org.projectnexus.imports.ImportJobRepository.Job;
import org.projectnexus.imports.ImportJobRepository.Mode;
import org.projectnexus.imports.ImportJobRepository.Status;
import org.projectnexus.shared.Ids;
import org.projectnexus.shared.ProblemException;
import org.projectnexus.technologies.Technologies;
import org.projectnexus.technologies.TechnologyRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports: an upload is checked and queued at once (202), parsed by a worker into a preview, and
 * committed in one transaction. Each item is remembered by a source key (its file, kind and title;
 * see {@link ImportSources}) with the fingerprint of what it wrote, so importing the same content
 * again changes nothing and an edited README updates only the entries that changed (as new
 * revisions).
 */
@Service
class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    static final int MAX_MARKDOWN_BYTES = 1024 * 1024;
    static final int MAX_ARCHIVE_BYTES = 10 * 1024 * 1024;
    /** A job claimed this long ago and still running was left by a worker that died. */
    static final Duration STALE_RUNNING = Duration.ofMinutes(5);

    private static final int MAX_TECHNOLOGY_NAME = 50;
    private static final int MAX_BODY_BYTES = 100 * 1024;
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z0-9_+#.-]{1,30}");

    /** One entry of the preview, as the job resource shows it and as commit writes it. */
    record PreviewItem(
            String key,
            String action,
            EntryKind kind,
            boolean note,
            String title,
            String body,
            String solution,
            String language,
            String diagramFormat,
            List<String> technologies,
            List<String> suggestions,
            String fingerprint,
            String file,
            String section,
            int line) {}

    record Preview(
            Map<String, Integer> counts,
            Map<String, Integer> actions,
            List<String> warnings,
            List<UploadReader.FileReport> files,
            List<PreviewItem> items) {}

    record Outcome(String key, String action, String entryId) {}

    record Result(int created, int updated, int unchanged, List<Outcome> entries) {}

    private final ImportJobRepository jobs;
    private final Entries entries;
    private final Technologies technologies;
    private final Members members;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final ImportMetrics metrics;
    private final Clock clock;

    ImportService(
            ImportJobRepository jobs,
            Entries entries,
            Technologies technologies,
            Members members,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            JsonMapper json,
            ImportMetrics metrics,
            Clock clock) {
        this.jobs = jobs;
        this.entries = entries;
        this.technologies = technologies;
        this.members = members;
        this.events = events;
        this.transactions = transactions;
        this.json = json;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Checks the upload (a clear 4xx for anything wrong with it) and queues it for a worker. */
    @Transactional
    Job submit(CurrentMember me, String fileName, byte[] content, Mode mode, Visibility visibility) {
        var name = fileName == null || fileName.isBlank() ? "README.md" : fileName.strip();
        var limit = UploadReader.isArchive(name) ? MAX_ARCHIVE_BYTES : MAX_MARKDOWN_BYTES;
        if (content.length == 0) {
            throw ProblemException.invalid("file", "is empty");
        }
        if (content.length > limit) {
            throw new ProblemException(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "import-too-large",
                    "Upload too large",
                    "'" + name + "' is " + content.length / 1024 + " KB; the limit for this kind of file is "
                            + limit / 1024 + " KB.");
        }
        UploadReader.validate(name, content);
        var id = Ids.newId();
        jobs.insert(id, me.id(), mode, visibility, name, content, clock.instant());
        events.publishEvent(new ImportRequested(id));
        return jobs.find(id).orElseThrow();
    }

    /** A job of the caller; other members' jobs do not exist for them. */
    Job job(CurrentMember me, UUID id) {
        return jobs.find(id)
                .filter(job -> job.memberId().equals(me.id()))
                .orElseThrow(() -> ProblemException.notFound("No import job " + id + " of yours."));
    }

    Preview preview(Job job) {
        return job.preview() == null ? null : json.readValue(job.preview(), Preview.class);
    }

    Result result(Job job) {
        return job.result() == null ? null : json.readValue(job.result(), Result.class);
    }

    /**
     * Runs a queued job: parse into a preview, and in commit mode commit it. Safe to call twice or
     * from two workers: only the one that claims the job does the work.
     */
    void process(UUID id) {
        var claimed = jobs.claim(id, clock.instant(), clock.instant().minus(STALE_RUNNING));
        if (claimed.isEmpty()) {
            return;
        }
        var job = jobs.find(id).orElseThrow();
        var started = System.nanoTime();
        try {
            var preview = preview(job.memberId(), job.fileName(), claimed.get());
            jobs.progress(id, 60, clock.instant());
            if (job.mode() == Mode.COMMIT) {
                // The preview stays with the job (what was found), saved with the commit so nobody
                // sees the job COMMITTED without it.
                transactions.executeWithoutResult(tx -> {
                    jobs.savePreview(id, json.writeValueAsString(preview));
                    commit(job, preview);
                });
            } else {
                jobs.previewReady(id, json.writeValueAsString(preview), clock.instant());
            }
            log.info(
                    "Import {} ({}, {} items) {} in {} ms",
                    id,
                    job.fileName(),
                    preview.items().size(),
                    job.mode() == Mode.COMMIT ? "committed" : "previewed",
                    (System.nanoTime() - started) / 1_000_000);
            metrics.record(job.mode() == Mode.COMMIT ? "committed" : "previewed", job.mode(), started);
        } catch (ProblemException e) {
            jobs.failed(id, e.getBody().getDetail(), clock.instant());
            metrics.record("failed", job.mode(), started);
        } catch (RuntimeException e) {
            log.error("Import {} failed", id, e);
            jobs.failed(id, "The import failed unexpectedly; try again, or report job " + id + ".", clock.instant());
            metrics.record("error", job.mode(), started);
        }
    }

    /** Commits a previewed job: every entry or none. */
    @Transactional
    Result commit(CurrentMember me, UUID id) {
        var job = job(me, id);
        if (job.status() != Status.PREVIEW_READY) {
            throw ProblemException.conflict(
                    "import-not-ready",
                    switch (job.status()) {
                        case QUEUED, RUNNING ->
                            "The import is still being read; commit it when its status is" + " PREVIEW_READY.";
                        case COMMITTED -> "The import is already committed.";
                        case FAILED -> "The import failed (" + job.error() + "); upload the file again.";
                        default -> "The import cannot be committed in status " + job.status() + ".";
                    });
        }
        var started = System.nanoTime();
        var result = commit(job, preview(job));
        metrics.record("committed", job.mode(), started);
        return result;
    }

    private Result commit(Job job, Preview preview) {
        // One import of a member at a time: two concurrent ones would both create "new" entries.
        jobs.lockMember(job.memberId());
        if (!jobs.startCommit(job.id(), clock.instant())) {
            throw ProblemException.conflict("import-not-ready", "The import is already being committed.");
        }
        var member = members.findAllById(List.of(job.memberId())).get(job.memberId());
        if (member == null) {
            throw ProblemException.notFound("The member of this import no longer exists.");
        }
        var author = new CurrentMember(member.id(), member.handle(), Set.of(MemberRole.LEARNER), Set.of(Scope.WRITE));
        var sources = new ImportSources(jobs, entries, job.memberId());
        var tally = new ImportTally();
        for (var item : preview.items()) {
            var entryId =
                    write(author, job, item, sources.find(item.key(), ImportSources.itemKeyOf(item.key())), tally);
            jobs.saveSource(job.memberId(), item.key(), entryId, item.fingerprint());
        }
        var result = tally.result();
        jobs.committed(job.id(), json.writeValueAsString(result), clock.instant());
        if (tally.published() > 0) {
            var technologyIds = tally.publishedTechnologies().stream()
                    .flatMap(name -> technologies.find(name).stream())
                    .map(TechnologyRef::id)
                    .distinct()
                    .toList();
            events.publishEvent(new ImportCommitted(
                    job.id(),
                    job.memberId(),
                    result.created(),
                    result.updated(),
                    result.unchanged(),
                    tally.published(),
                    technologyIds));
        }
        return result;
    }

    /** Creates, updates or leaves the item's entry; returns its id. */
    private UUID write(
            CurrentMember author, Job job, PreviewItem item, ImportJobRepository.Source source, ImportTally tally) {
        var entry = new NewEntry(
                item.kind(),
                item.title(),
                item.body(),
                item.solution(),
                item.language(),
                item.diagramFormat(),
                item.technologies().isEmpty() && item.suggestions().isEmpty()
                        ? List.of()
                        : concat(item.technologies(), item.suggestions()),
                job.visibility());
        if (source == null) {
            var entryId = entries.create(author, entry);
            tally.created(item.key(), entryId);
            if (job.visibility() == Visibility.PUBLIC) {
                tally.published(item.technologies());
            }
            return entryId;
        }
        if (!source.fingerprint().equals(item.fingerprint())) {
            if (entries.replace(author, source.entryId(), entry)) {
                tally.published(item.technologies());
            }
            tally.updated(item.key(), source.entryId());
        } else {
            tally.unchanged(item.key(), source.entryId());
        }
        return source.entryId();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        var all = new ArrayList<String>(a);
        all.addAll(b);
        return all;
    }

    /**
     * Reads an upload into the preview: items cleaned to what an entry accepts, technology names
     * resolved through the taxonomy (unknown ones listed as suggestions), and what a commit would
     * do with each (create, update or leave unchanged).
     */
    Preview preview(UUID memberId, String fileName, byte[] content) {
        var read = UploadReader.read(fileName, content);
        var sources = new ImportSources(jobs, entries, memberId);
        var warnings = new ArrayList<>(read.warnings());
        var items = new ArrayList<PreviewItem>();
        var keys = new HashMap<String, Integer>();
        var actions = new LinkedHashMap<String, Integer>();
        actions.put("create", 0);
        actions.put("update", 0);
        actions.put("unchanged", 0);
        for (var sourced : read.items()) {
            var item = sourced.item();
            var where = sourced.file() + " line " + item.line();
            var body = item.body() == null ? "" : item.body();
            if (body.getBytes(StandardCharsets.UTF_8).length > MAX_BODY_BYTES
                    || (item.solution() != null
                            && item.solution().getBytes(StandardCharsets.UTF_8).length > MAX_BODY_BYTES)) {
                warnings.add(where + ": '" + item.title() + "' is over 100 KB, the limit of an entry; left out");
                continue;
            }
            var kind = item.kind();
            var language = item.language();
            var diagramFormat = item.diagramFormat();
            if (kind == EntryKind.DIAGRAM && diagramFormat == null) {
                // A diagram in a notation Nexus does not render is still worth keeping as code.
                kind = EntryKind.SNIPPET;
                language = "text";
            }
            if (kind == EntryKind.SNIPPET
                    && (language == null || !LANGUAGE.matcher(language).matches())) {
                language = "text";
            }
            var resolved = new LinkedHashSet<String>();
            var suggestions = new LinkedHashSet<String>();
            for (var name : item.technologies()) {
                var clean = name.strip();
                if (clean.isEmpty()) {
                    continue;
                }
                if (clean.length() > MAX_TECHNOLOGY_NAME) {
                    warnings.add(where + ": technology name '" + clean.substring(0, 40) + "…' is too long; left out");
                    continue;
                }
                technologies.find(clean).ifPresentOrElse(t -> resolved.add(t.name()), () -> suggestions.add(clean));
            }
            var technologyNames = EntryLimits.technologies(resolved, suggestions, where, warnings);
            var canonical = new ImportItem(
                    kind,
                    EntryLimits.title(item.title()),
                    body,
                    kind == EntryKind.CHALLENGE ? (item.solution() == null ? "" : item.solution()) : null,
                    kind == EntryKind.SNIPPET ? language : null,
                    kind == EntryKind.DIAGRAM ? diagramFormat : null,
                    concat(technologyNames.get(0), technologyNames.get(1)),
                    item.section(),
                    item.line());
            var file = ImportSources.sourceFile(fileName, sourced.file());
            var itemKey = canonical.sourceKey();
            var seen = keys.merge(ImportSources.key(file, itemKey), 1, Integer::sum);
            if (seen > 1) {
                itemKey = itemKey + "#" + seen;
            }
            var key = ImportSources.key(file, itemKey);
            var fingerprint = canonical.fingerprint();
            var source = sources.find(key, itemKey);
            var action = source == null ? "create" : source.fingerprint().equals(fingerprint) ? "unchanged" : "update";
            actions.merge(action, 1, Integer::sum);
            items.add(new PreviewItem(
                    key,
                    action,
                    kind,
                    sourced.note(),
                    canonical.title(),
                    canonical.body(),
                    canonical.solution(),
                    canonical.language(),
                    canonical.diagramFormat(),
                    technologyNames.get(0),
                    technologyNames.get(1),
                    fingerprint,
                    sourced.file(),
                    item.section(),
                    item.line()));
        }
        for (var file : read.files()) {
            if (file.report() != null) {
                file.report().warnings().forEach(w -> warnings.add(file.path() + ": " + w));
            }
        }
        return new Preview(UploadReader.counts(read.items()), actions, warnings, read.files(), items);
    }
}
