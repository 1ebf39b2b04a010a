package org.projectnexus.entries;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.projectnexus.accounts.CurrentMember;
import org.projectnexus.accounts.MemberSummary;
import org.projectnexus.accounts.Track;
import org.projectnexus.shared.CursorPage;
import org.projectnexus.shared.CursorPages;
import org.projectnexus.shared.Ids;
import org.projectnexus.shared.ProblemException;
import org.projectnexus.shared.ProblemResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Entries", description = "Knowledge entries: what learners learned, met, solved and built")
class EntriesController {

    static final String LANGUAGE = "[A-Za-z0-9_+#.-]{1,30}";

    /** What changing an entry can be refused with. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ProblemResponse(
            status = 412,
            type = "stale-version",
            title = "Precondition Failed",
            detail =
                    "The entry changed since you read it (version 3 is current); GET it again and reapply your change.")
    @ProblemResponse(
            status = 403,
            type = "forbidden",
            detail = "Only the author (or a mentor or admin) may change this entry.")
    @interface ChangesEntry {}

    /** An update, which needs If-Match. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ChangesEntry
    @ProblemResponse(
            status = 428,
            type = "if-match-required",
            title = "Precondition Required",
            detail =
                    "Send If-Match with the ETag of the version you edited (GET the entry to get it), so concurrent edits are not lost.")
    @interface NeedsIfMatch {}

    record ProjectDetails(
            @Size(max = 300) @Pattern(regexp = "https?://.+", message = "must be an http(s) link")
            String repositoryUrl,

            @Size(max = 300) @Pattern(regexp = "https?://.+", message = "must be an http(s) link")
            String demoUrl,

            @Size(max = 102400) String openApi) {}

    /** A whole entry (POST, PUT). */
    record EntryRequest(
            @NotNull EntryKind kind,
            @NotBlank @Size(max = 200) String title,
            String body,
            String solution,

            @Pattern(regexp = LANGUAGE, message = "must be a language name such as python or sql")
            String language,

            Entry.DiagramFormat diagramFormat,
            @Size(max = 500) String caption,
            @Valid ProjectDetails project,

            @Size(max = 20, message = "at most 20 per entry")
            List<@NotBlank @Size(max = 50) String> technologies,

            Visibility visibility) {

        EntryCommand command() {
            return new EntryCommand(
                    kind,
                    title,
                    body,
                    solution,
                    language,
                    diagramFormat,
                    caption,
                    project == null
                            ? null
                            : new Entry.Project(project.repositoryUrl(), project.demoUrl(), project.openApi()),
                    technologies == null ? List.of() : technologies,
                    visibility);
        }
    }

    /** PATCH: fields present replace the stored ones; absent ones stay. */
    record EntryPatch(
            EntryKind kind,
            @Size(min = 1, max = 200) String title,
            String body,
            String solution,

            @Pattern(regexp = LANGUAGE, message = "must be a language name such as python or sql")
            String language,

            Entry.DiagramFormat diagramFormat,
            @Size(max = 500) String caption,
            @Valid ProjectDetails project,

            @Size(max = 20, message = "at most 20 per entry")
            List<@NotBlank @Size(max = 50) String> technologies,

            Visibility visibility) {

        EntryCommand mergeInto(EntryCommand current) {
            return new EntryCommand(
                    kind != null ? kind : current.kind(),
                    title != null ? title : current.title(),
                    body != null ? body : current.body(),
                    solution != null ? solution : current.solution(),
                    language != null ? language : current.language(),
                    diagramFormat != null ? diagramFormat : current.diagramFormat(),
                    caption != null ? caption : current.caption(),
                    project != null
                            ? new Entry.Project(project.repositoryUrl(), project.demoUrl(), project.openApi())
                            : current.project(),
                    technologies != null ? technologies : current.technologies(),
                    visibility != null ? visibility : current.visibility());
        }
    }

    record Hub(
            MemberSummary member,
            Map<EntryKind, Long> counts,
            List<EntryView.TechnologyItem> technologies,
            Map<EntryKind, List<EntrySummary>> entries) {}

    private final EntryService entries;
    private final ViewCounter views;

    EntriesController(EntryService entries, ViewCounter views) {
        this.entries = entries;
        this.views = views;
    }

    @GetMapping("/entries")
    @Operation(
            operationId = "listEntries",
            summary = "List public entries",
            description = "Newest first (sort=recent) or most viewed (sort=popular); filter by kind, technology"
                    + " (slug, name or alias), author handle, track, cohort and since; cursor-paginated.")
    ResponseEntity<CursorPage<EntrySummary>> list(
            @RequestParam(required = false) EntryKind kind,
            @RequestParam(required = false) String technology,
            @RequestParam(required = false) String author,
            @RequestParam(required = false) Track track,
            @RequestParam(required = false) String cohort,
            @RequestParam(required = false) Instant since,
            @RequestParam(required = false) EntryFilter.Sort sort,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        var filter = entries.filter(kind, technology, author, track, cohort, since, sort);
        return CursorPages.ok(entries.listSummaries(filter, limit, cursor));
    }

    @PostMapping("/entries")
    @ApiResponse(responseCode = "201", description = "The new entry; Location and ETag name it and its version")
    @Operation(
            operationId = "createEntry",
            summary = "Create an entry",
            description = "Markdown body (at most 100 KB) rendered to sanitized HTML; unknown technologies become"
                    + " pending suggestions. Returns 201 with Location and ETag.")
    ResponseEntity<EntryView> create(@AuthenticationPrincipal CurrentMember me, @Valid @RequestBody EntryRequest body) {
        var entry = entries.create(me, body.command());
        var location = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{id}")
                .buildAndExpand(entry.id())
                .toUri();
        return ResponseEntity.created(location).eTag(etag(entry)).body(entries.view(entry));
    }

    @GetMapping("/entries/{id}")
    @ApiResponse(responseCode = "200", description = "The entry, with its ETag")
    @ApiResponse(responseCode = "304", description = "Not modified: If-None-Match names the current version")
    @Operation(
            operationId = "getEntry",
            summary = "One entry",
            description = "Carries an ETag; send it back in If-None-Match for a 304, or in If-Match to update.")
    ResponseEntity<EntryView> get(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable String id,
            @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch) {
        var entry = entries.visible(me, Ids.parse(id, "entry"));
        if (matches(ifNoneMatch, entry)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(etag(entry))
                    .build();
        }
        views.viewedBy(me, entry);
        return ResponseEntity.ok().eTag(etag(entry)).body(entries.view(entry));
    }

    @PutMapping("/entries/{id}")
    @ApiResponse(responseCode = "200", description = "The entry as saved, with its new ETag")
    @NeedsIfMatch
    @Operation(
            operationId = "replaceEntry",
            summary = "Replace an entry",
            description = "Needs If-Match (428 without, 412 when stale).")
    ResponseEntity<EntryView> replace(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody EntryRequest body) {
        var entryId = Ids.parse(id, "entry");
        var entry = entries.update(me, entryId, expectedVersion(ifMatch, me, entryId), body.command());
        return ResponseEntity.ok().eTag(etag(entry)).body(entries.view(entry));
    }

    @PatchMapping(
            path = "/entries/{id}",
            consumes = {"application/json", "application/merge-patch+json"})
    @ApiResponse(responseCode = "200", description = "The entry as saved, with its new ETag")
    @NeedsIfMatch
    @Operation(
            operationId = "patchEntry",
            summary = "Change some fields of an entry",
            description = "Needs If-Match (428 without, 412 when stale).")
    ResponseEntity<EntryView> patch(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody EntryPatch body) {
        var entryId = Ids.parse(id, "entry");
        var entry = entries.patch(me, entryId, expectedVersion(ifMatch, me, entryId), body);
        return ResponseEntity.ok().eTag(etag(entry)).body(entries.view(entry));
    }

    @DeleteMapping("/entries/{id}")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ChangesEntry
    @Operation(
            operationId = "deleteEntry",
            summary = "Delete an entry",
            description = "If-Match is honoured when sent (412 when stale).")
    ResponseEntity<Void> delete(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        var entryId = Ids.parse(id, "entry");
        entries.delete(me, entryId, ifMatch == null ? null : parseVersion(ifMatch));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/entries/{id}/revisions")
    @Operation(operationId = "listEntryRevisions", summary = "Every saved version of an entry, newest first")
    List<EntryRepository.RevisionInfo> revisions(@AuthenticationPrincipal CurrentMember me, @PathVariable String id) {
        return entries.revisions(me, Ids.parse(id, "entry"));
    }

    @GetMapping("/entries/{id}/revisions/{version}")
    @Operation(operationId = "getEntryRevision", summary = "One saved version of an entry")
    Map<String, Object> revision(
            @AuthenticationPrincipal CurrentMember me, @PathVariable String id, @PathVariable int version) {
        return entries.revision(me, Ids.parse(id, "entry"), version);
    }

    @GetMapping("/members/{handle}/hub")
    @Operation(
            operationId = "getMemberHub",
            summary = "A member's hub: their entries grouped by kind, their technologies, counts",
            description = "Drafts are included when members look at their own hub.")
    Hub hub(@AuthenticationPrincipal CurrentMember me, @PathVariable String handle) {
        var hub = entries.hub(me, handle);
        return hub;
    }

    private int expectedVersion(String ifMatch, CurrentMember me, UUID id) {
        if (ifMatch == null || ifMatch.isBlank()) {
            entries.editable(me, id);
            throw new ProblemException(
                    HttpStatus.PRECONDITION_REQUIRED,
                    "if-match-required",
                    "Precondition Required",
                    "Send If-Match with the ETag of the version you edited (GET the entry to get it), so concurrent"
                            + " edits are not lost.");
        }
        return parseVersion(ifMatch);
    }

    private static int parseVersion(String ifMatch) {
        var value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        try {
            return Integer.parseInt(value.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new ProblemException(
                    HttpStatus.PRECONDITION_FAILED,
                    "stale-version",
                    "Precondition Failed",
                    "If-Match '" + ifMatch + "' is not an ETag of this entry; fetch it again.");
        }
    }

    private static boolean matches(String ifNoneMatch, Entry entry) {
        if (ifNoneMatch == null) {
            return false;
        }
        var tags = new ArrayList<String>();
        for (var tag : ifNoneMatch.split(",")) {
            tags.add(tag.strip().replaceFirst("^W/", ""));
        }
        return tags.contains("*") || tags.contains(etag(entry));
    }

    static String etag(Entry entry) {
        return "\"" + entry.version() + "\"";
    }
}
