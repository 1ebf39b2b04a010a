package org.projectnexus.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.projectnexus.shared.Cursor;
import org.projectnexus.shared.CursorCodec;
import org.projectnexus.shared.CursorPage;
import org.projectnexus.shared.CursorPages;
import org.projectnexus.shared.ProblemResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin")
@Tag(name = "Administration", description = "Roles, suspension and the audit log (mentors and admins)")
class AdminController {

    record RolesRequest(@NotNull Set<MemberRole> roles) {}

    record SuspendRequest(@Size(max = 500) String reason) {}

    private final MemberService members;
    private final AuditLog auditLog;
    private final CursorCodec cursors;

    AdminController(MemberService members, AuditLog auditLog, CursorCodec cursors) {
        this.members = members;
        this.auditLog = auditLog;
        this.cursors = cursors;
    }

    @PutMapping("/members/{handle}/roles")
    @PreAuthorize("hasRole('ADMIN')")
    @ProblemResponse(
            status = 409,
            type = "last-admin-safety",
            title = "Conflict",
            detail = "You cannot remove your own admin role; ask another admin.")
    @Operation(
            operationId = "setMemberRoles",
            summary = "Set a member's roles (admins)",
            description = "LEARNER is always kept.")
    MemberViews.Profile roles(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable String handle,
            @Valid @RequestBody RolesRequest body) {
        return MemberViews.Profile.of(members.changeRoles(me, handle, body.roles()));
    }

    @PostMapping("/members/{handle}/suspend")
    @PreAuthorize("hasAnyRole('MENTOR', 'ADMIN')")
    @ProblemResponse(
            status = 409,
            type = "self-moderation",
            title = "Conflict",
            detail = "You cannot suspend or reactivate yourself.")
    @Operation(
            operationId = "suspendMember",
            summary = "Suspend a member",
            description =
                    "Their tokens stop working at once. Mentors may suspend learners; admins anyone but themselves.")
    MemberViews.Profile suspend(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable String handle,
            @Valid @RequestBody(required = false) SuspendRequest body) {
        return MemberViews.Profile.of(members.suspend(me, handle, body == null ? null : body.reason()));
    }

    @PostMapping("/members/{handle}/reactivate")
    @PreAuthorize("hasAnyRole('MENTOR', 'ADMIN')")
    @ProblemResponse(
            status = 409,
            type = "self-moderation",
            title = "Conflict",
            detail = "You cannot suspend or reactivate yourself.")
    @Operation(operationId = "reactivateMember", summary = "Reactivate a suspended member")
    MemberViews.Profile reactivate(@AuthenticationPrincipal CurrentMember me, @PathVariable String handle) {
        return MemberViews.Profile.of(members.reactivate(me, handle));
    }

    @GetMapping("/audit-log")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(operationId = "listAuditLog", summary = "Privileged actions, newest first (admins)")
    ResponseEntity<CursorPage<AuditLog.Entry>> auditLog(
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        var page = cursors.page(limit, cursor, "audit-log");
        var before = page.first() ? null : UUID.fromString(page.cursor().key(0));
        var rows = auditLog.page(before, page.limit() + 1);
        return CursorPages.ok(cursors.slice(
                rows, page, last -> new Cursor("audit-log", List.of(last.id().toString()))));
    }
}
