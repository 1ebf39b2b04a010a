package org.projectnexus.technologies;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.projectnexus.accounts.CurrentMember;
import org.projectnexus.shared.CursorPage;
import org.projectnexus.shared.CursorPages;
import org.projectnexus.shared.ProblemResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/technologies")
@Tag(name = "Technologies", description = "The technology taxonomy and its aliases")
class TechnologiesController {

    @Schema(name = "Technology")
    record TechnologyView(
            String slug,
            String name,
            TechnologyCategory category,
            boolean pending,
            String description,
            List<String> aliases) {

        static TechnologyView of(TechnologyRepository.Technology t) {
            return new TechnologyView(
                    t.slug(), t.name(), t.category(), "PENDING".equals(t.status()), t.description(), t.aliases());
        }
    }

    @Schema(name = "NewTechnology")
    record CreateRequest(
            @NotBlank @Size(max = 50) String name,
            @NotNull TechnologyCategory category,
            @Size(max = 500) String description,
            @Size(max = 30) List<@NotBlank @Size(max = 50) String> aliases) {}

    @Schema(name = "TechnologyChanges")
    record UpdateRequest(
            @Size(min = 1, max = 50) String name,
            TechnologyCategory category,
            @Size(max = 500) String description,
            @Size(max = 30) List<@NotBlank @Size(max = 50) String> aliases,
            Boolean approved) {}

    private final TechnologyService technologies;

    TechnologiesController(TechnologyService technologies) {
        this.technologies = technologies;
    }

    @GetMapping
    @ProblemResponse(status = 403, type = "forbidden", detail = "Pending suggestions are for mentors and admins.")
    @Operation(
            operationId = "listTechnologies",
            summary = "List technologies by name",
            description = "Approved ones; pending=true lists members' suggestions (mentors and admins).")
    ResponseEntity<CursorPage<TechnologyView>> list(
            @AuthenticationPrincipal CurrentMember me,
            @RequestParam(required = false) TechnologyCategory category,
            @RequestParam(defaultValue = "false") boolean pending,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return CursorPages.ok(
                technologies.list(me, pending, category, limit, cursor).map(TechnologyView::of));
    }

    @GetMapping("/{slug}")
    @Operation(operationId = "getTechnology", summary = "A technology with its aliases")
    TechnologyView get(@PathVariable String slug) {
        return TechnologyView.of(technologies.get(slug));
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('MENTOR', 'ADMIN')")
    @ApiResponse(responseCode = "201", description = "The new technology; Location names it")
    @ProblemResponse(
            status = 409,
            type = "technology-exists",
            title = "Conflict",
            detail = "A technology named 'Celery' exists already.")
    @ProblemResponse(
            status = 409,
            type = "alias-taken",
            title = "Conflict",
            detail = "The alias 'pg' already names another technology.")
    @Operation(operationId = "createTechnology", summary = "Add a technology (mentors and admins)")
    ResponseEntity<TechnologyView> create(
            @AuthenticationPrincipal CurrentMember me, @Valid @RequestBody CreateRequest body) {
        var created = technologies.create(
                new TechnologyService.Changes(body.name(), body.category(), body.description(), body.aliases(), true),
                me.id());
        var location = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{slug}")
                .buildAndExpand(created.slug())
                .toUri();
        return ResponseEntity.created(location).body(TechnologyView.of(created));
    }

    @PatchMapping("/{slug}")
    @PreAuthorize("hasAnyRole('MENTOR', 'ADMIN')")
    @ProblemResponse(
            status = 409,
            type = "alias-taken",
            title = "Conflict",
            detail = "The alias 'pg' already names another technology.")
    @ProblemResponse(
            status = 409,
            type = "technology-exists",
            title = "Conflict",
            detail = "A technology named 'Celery' exists already.")
    @Operation(
            operationId = "updateTechnology",
            summary = "Change a technology, add aliases or approve a suggestion (mentors and admins)",
            description = "Aliases are added; an alias that names another technology is a 409.")
    TechnologyView update(@PathVariable String slug, @Valid @RequestBody UpdateRequest body) {
        return TechnologyView.of(technologies.update(
                slug,
                new TechnologyService.Changes(
                        body.name(), body.category(), body.description(), body.aliases(), body.approved())));
    }
}
