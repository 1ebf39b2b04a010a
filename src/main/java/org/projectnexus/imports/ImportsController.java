package org.projectnexus.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.projectnexus.accounts.CurrentMember;
import org.projectnexus.entries.Visibility;
import org.projectnexus.imports.ImportJobRepository.Job;
import org.projectnexus.imports.ImportJobRepository.Mode;
import org.projectnexus.shared.Ids;
import org.projectnexus.shared.ProblemException;
import org.projectnexus.shared.ProblemResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Imports", description = "README and repository import, README export")
class ImportsController {

    /** The job resource: where it is, and once read, what it found and what a commit does. */
    record JobView(
            String id,
            ImportJobRepository.Status status,
            Mode mode,
            Visibility visibility,
            String fileName,
            int progress,
            Map<String, Integer> counts,
            Map<String, Integer> actions,
            List<String> warnings,
            List<UploadReader.FileReport> files,
            List<ImportService.PreviewItem> items,
            ImportService.Result result,
            String error,
            Instant createdAt,
            Instant updatedAt) {}

    private final ImportService imports;
    private final ReadmeExporter exporter;

    ImportsController(ImportService imports, ReadmeExporter exporter) {
        this.imports = imports;
        this.exporter = exporter;
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ApiResponse(responseCode = "202", description = "Accepted: the job; Location is where to follow it")
    @ProblemResponse(
            status = 413,
            type = "import-too-large",
            title = "Upload too large",
            detail = "'README.md' is 1300 KB; the limit for this kind of file is 1024 KB.")
    @ProblemResponse(
            status = 413,
            type = "archive-too-large",
            title = "Archive too large",
            detail = "The archive unpacks to more than 20 MB.")
    @ProblemResponse(
            status = 422,
            type = "invalid-archive",
            title = "Invalid archive",
            detail = "The upload is not a readable .zip archive.")
    @ProblemResponse(status = 400, type = "bad-request", detail = "Required part 'file' is not present.")
    @Operation(
            operationId = "createImport",
            summary = "Import a README or a repository archive",
            description = "Multipart `file`: a README (.md, at most 1 MB) or a .zip of a repository (at most 10 MB;"
                    + " README.md, docs/, projects/, diagrams/, snippets/). `mode=preview` (default) reads it into a"
                    + " preview to commit later; `mode=commit` commits at once. Returns 202 with the job's Location;"
                    + " the job runs in the background.")
    ResponseEntity<JobView> submit(
            @AuthenticationPrincipal CurrentMember me,
            @RequestPart("file") MultipartFile file,
            @Parameter(description = "preview (default) or commit", schema = @Schema(implementation = Mode.class))
                    @RequestParam(required = false)
                    String mode,
            @Parameter(
                            description = "PUBLIC (default) or DRAFT: visibility of the entries created",
                            schema = @Schema(implementation = Visibility.class))
                    @RequestParam(required = false)
                    String visibility)
            throws IOException {
        var job = imports.submit(
                me,
                file.getOriginalFilename(),
                file.getBytes(),
                choice(Mode.class, "mode", mode, Mode.PREVIEW),
                choice(Visibility.class, "visibility", visibility, Visibility.PUBLIC));
        var location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/imports/{id}")
                .buildAndExpand(job.id())
                .toUri();
        return ResponseEntity.accepted().location(location).body(view(job));
    }

    @GetMapping("/imports/{id}")
    @Operation(
            operationId = "getImport",
            summary = "An import job",
            description = "Status (QUEUED, RUNNING, PREVIEW_READY, COMMITTED, FAILED), progress, counts per kind,"
                    + " warnings, the report of every file and the preview: each item with what a commit does to it"
                    + " (create, update, unchanged). Only its owner sees a job.")
    JobView get(@AuthenticationPrincipal CurrentMember me, @PathVariable String id) {
        return view(imports.job(me, Ids.parse(id, "import job")));
    }

    @PostMapping("/imports/{id}/commit")
    @ProblemResponse(
            status = 409,
            type = "import-not-ready",
            title = "Conflict",
            detail = "The import is not ready to commit: it is RUNNING.")
    @Operation(
            operationId = "commitImport",
            summary = "Commit a previewed import",
            description = "Creates and updates the entries of the preview in one transaction. 409 unless the job is"
                    + " PREVIEW_READY.")
    JobView commit(@AuthenticationPrincipal CurrentMember me, @PathVariable String id) {
        var jobId = Ids.parse(id, "import job");
        imports.commit(me, jobId);
        return view(imports.job(me, jobId));
    }

    @GetMapping(path = "/members/{handle}/readme", produces = "text/markdown;charset=UTF-8")
    @ProblemResponse(status = 403, type = "forbidden", detail = "Only ada can export their drafts.")
    @Operation(
            operationId = "exportMemberReadme",
            summary = "A member's hub as a README",
            description = "Markdown in the conventional layout (technologies, challenges & solutions, best practices,"
                    + " goals, projects, snippets, diagrams). Importing it gives back the same entries. Public entries;"
                    + " the member may add drafts=true.")
    ResponseEntity<String> readme(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable String handle,
            @RequestParam(defaultValue = "false") boolean drafts) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/markdown;charset=UTF-8"))
                .body(exporter.export(me, handle, drafts));
    }

    private JobView view(Job job) {
        var preview = imports.preview(job);
        return new JobView(
                job.id().toString(),
                job.status(),
                job.mode(),
                job.visibility(),
                job.fileName(),
                job.progress(),
                preview == null ? null : preview.counts(),
                preview == null ? null : preview.actions(),
                preview == null ? null : preview.warnings(),
                preview == null ? null : preview.files(),
                preview == null ? null : preview.items(),
                imports.result(job),
                job.error(),
                job.createdAt(),
                job.updatedAt());
    }

    /** Enum parameters as the API documents them, in any case ("preview" or "PREVIEW"). */
    private static <E extends Enum<E>> E choice(Class<E> type, String name, String value, E fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            var allowed = Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT))
                    .toList();
            throw ProblemException.invalid(name, "must be one of " + String.join(", ", allowed));
        }
    }
}
