package org.projectnexus.collaboration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.projectnexus.accounts.CurrentMember;
import org.projectnexus.entries.Engagement;
import org.projectnexus.shared.CursorPage;
import org.projectnexus.shared.CursorPages;
import org.projectnexus.shared.Ids;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Collaboration", description = "Comments, reactions, accepted solutions and API-design feedback")
class CollaborationController {

    record CommentRequest(@NotBlank String body, String parentId) {}

    record CommentEdit(@NotBlank String body) {}

    record AcceptRequest(@NotBlank String commentId) {}

    record FeedbackRequest(
            @NotNull @Min(1) @Max(5) Integer clarity,
            @NotNull @Min(1) @Max(5) Integer consistency,
            @NotNull @Min(1) @Max(5) Integer documentation,
            @NotNull @Min(1) @Max(5) Integer errorHandling,
            @NotBlank String text) {}

    /** The entry's engagement after a reaction, and which reactions are the caller's. */
    record ReactionState(Engagement engagement, List<String> mine) {}

    private final CollaborationService collaboration;
    private final CollaborationRepository repository;

    CollaborationController(CollaborationService collaboration, CollaborationRepository repository) {
        this.collaboration = collaboration;
        this.repository = repository;
    }

    @GetMapping("/entries/{id}/comments")
    @Operation(
            operationId = "listComments",
            summary = "Comments of an entry",
            description = "Oldest first, cursor-paginated; each has its parentId (threads), deleted ones keep their"
                    + " place without text; the accepted solution is flagged.")
    ResponseEntity<CursorPage<CollaborationService.CommentView>> comments(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable String id,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return CursorPages.ok(collaboration.comments(me, Ids.parse(id, "entry"), limit, cursor));
    }

    @PostMapping("/entries/{id}/comments")
    @ApiResponse(responseCode = "201", description = "The new comment; Location names it")
    @ProblemResponse(
            status = 409,
            type = "entry-not-public",
            title = "Conflict",
            detail = "The entry is a draft; publish it before others can respond to it.")
    @Operation(
            operationId = "createComment",
            summary = "Comment on an entry, or reply to a comment (parentId)",
            description = "Markdown (at most 20 KB), sanitized; @handle mentions notify the member.")
    ResponseEntity<CollaborationService.CommentView> comment(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable String id,
            @Valid @RequestBody CommentRequest body) {
        var parent = body.parentId() == null ? null : Ids.parse(body.parentId(), "comment");
        var comment = collaboration.comment(me, Ids.parse(id, "entry"), body.body(), parent);
        var location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/comments/{id}")
                .buildAndExpand(comment.id())
                .toUri();
        return ResponseEntity.created(location).body(comment);
    }

    @PatchMapping("/comments/{id}")
    @ProblemResponse(status = 403, type = "forbidden", detail = "Only the author can edit a comment.")
    @ProblemResponse(
            status = 409,
            type = "comment-changed",
            title = "Conflict",
            detail = "The comment changed meanwhile; reload and edit again.")
    @Operation(
            operationId = "editComment",
            summary = "Edit your comment",
            description = "The previous text is kept (GET /comments/{id}/revisions).")
    CollaborationService.CommentView edit(
            @AuthenticationPrincipal CurrentMember me, @PathVariable String id, @Valid @RequestBody CommentEdit body) {
        return collaboration.edit(me, Ids.parse(id, "comment"), body.body());
    }

    @GetMapping("/comments/{id}/revisions")
    @Operation(operationId = "listCommentRevisions", summary = "Earlier versions of a comment")
    List<CollaborationRepository.Revision> revisions(
            @AuthenticationPrincipal CurrentMember me, @PathVariable String id) {
        return collaboration.revisions(me, Ids.parse(id, "comment"));
    }

    @DeleteMapping("/comments/{id}")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ProblemResponse(
            status = 403,
            type = "forbidden",
            detail = "Only the author, a mentor or an admin can delete a comment.")
    @Operation(
            operationId = "deleteComment",
            summary = "Delete a comment",
            description = "Its author, a mentor or an admin. Soft: replies stay in their thread.")
    ResponseEntity<Void> delete(@AuthenticationPrincipal CurrentMember me, @PathVariable String id) {
        collaboration.delete(me, Ids.parse(id, "comment"));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/entries/{id}/accepted-solution")
    @ProblemResponse(
            status = 403,
            type = "forbidden",
            detail = "Only the challenge's author, a mentor or an admin can do this.")
    @Operation(
            operationId = "acceptSolution",
            summary = "Mark a comment as the solution of a challenge",
            description = "By the challenge's author, or a mentor or admin (then it is endorsed).")
    Engagement accept(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable String id,
            @Valid @RequestBody AcceptRequest body) {
        return collaboration.accept(me, Ids.parse(id, "entry"), Ids.parse(body.commentId(), "comment"));
    }

    @DeleteMapping("/entries/{id}/accepted-solution")
    @ApiResponse(responseCode = "204", description = "Unmarked")
    @ProblemResponse(
            status = 403,
            type = "forbidden",
            detail = "Only the challenge's author, a mentor or an admin can do this.")
    @Operation(operationId = "unacceptSolution", summary = "Unmark the accepted solution")
    ResponseEntity<Void> unaccept(@AuthenticationPrincipal CurrentMember me, @PathVariable String id) {
        collaboration.unaccept(me, Ids.parse(id, "entry"));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/entries/{id}/reactions/{type}")
    @ProblemResponse(
            status = 409,
            type = "entry-not-public",
            title = "Conflict",
            detail = "The entry is a draft; publish it before others can respond to it.")
    @ProblemResponse(
            status = 422,
            type = "validation-failed",
            title = "Validation failed",
            detail = "The request is not valid: type: same-here is for CHALLENGE entries (\"I faced this too\").")
    @Operation(
            operationId = "addReaction",
            summary = "React to an entry",
            description = "helpful, insightful, or same-here (challenges only). Idempotent.")
    ReactionState react(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable String id,
            @Parameter(schema = @Schema(allowableValues = {"helpful", "insightful", "same-here"})) @PathVariable
                    String type) {
        return reaction(me, id, type, true);
    }

    @DeleteMapping("/entries/{id}/reactions/{type}")
    @ProblemResponse(
            status = 422,
            type = "validation-failed",
            title = "Validation failed",
            detail = "The request is not valid: entry: you cannot react to your own entry.")
    @Operation(operationId = "removeReaction", summary = "Take a reaction back", description = "Idempotent.")
    ReactionState unreact(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable String id,
            @Parameter(schema = @Schema(allowableValues = {"helpful", "insightful", "same-here"})) @PathVariable
                    String type) {
        return reaction(me, id, type, false);
    }

    private ReactionState reaction(CurrentMember me, String id, String type, boolean on) {
        var entryId = Ids.parse(id, "entry");
        var engagement = collaboration.react(me, entryId, ReactionType.fromPath(type), on);
        return new ReactionState(
                engagement,
                repository.reactionsOf(entryId, me.id()).stream()
                        .map(ReactionType::path)
                        .sorted()
                        .toList());
    }

    @GetMapping("/entries/{id}/feedback")
    @Operation(
            operationId = "listFeedback",
            summary = "API-design feedback on a project",
            description = "Average rubric scores and the reviews, newest first; frontend-track reviewers are flagged.")
    CollaborationService.FeedbackPage feedback(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable String id,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return collaboration.feedbackOf(me, Ids.parse(id, "entry"), limit, cursor);
    }

    @PostMapping("/entries/{id}/feedback")
    @ApiResponse(responseCode = "200", description = "Your earlier review, replaced; the project's feedback")
    @ApiResponse(responseCode = "201", description = "Your review, added; the project's feedback")
    @ProblemResponse(
            status = 409,
            type = "entry-not-public",
            title = "Conflict",
            detail = "The entry is a draft; publish it before others can respond to it.")
    @Operation(
            operationId = "giveFeedback",
            summary = "Review a project's API design",
            description = "Clarity, consistency, documentation, error handling (1–5 each) and text. One per reviewer:"
                    + " posting again replaces yours (200); the first time is 201.")
    ResponseEntity<CollaborationService.FeedbackPage> review(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable String id,
            @Valid @RequestBody FeedbackRequest body) {
        var entryId = Ids.parse(id, "entry");
        var created = collaboration.feedback(
                me,
                entryId,
                new CollaborationService.Rubric(
                        body.clarity(), body.consistency(), body.documentation(), body.errorHandling(), body.text()));
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                .body(collaboration.feedbackOf(me, entryId, null, null));
    }
}
