package org.projectnexus.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.projectnexus.shared.CursorCodec;
import org.projectnexus.shared.CursorPage;
import org.projectnexus.shared.CursorPages;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/members")
@Tag(name = "Members", description = "Public member profiles")
class MembersController {

    private final MemberService members;
    private final CursorCodec cursors;

    MembersController(MemberService members, CursorCodec cursors) {
        this.members = members;
        this.cursors = cursors;
    }

    @GetMapping
    @Operation(
            operationId = "listMembers",
            summary = "List members by handle",
            description = "Cursor-paginated; filter by track and cohort.")
    ResponseEntity<CursorPage<MemberViews.Profile>> list(
            @RequestParam(required = false) Track track,
            @RequestParam(required = false) String cohort,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        var page = cursors.page(limit, cursor, MemberService.listScope(track, cohort));
        return CursorPages.ok(members.list(track, cohort, page).map(MemberViews.Profile::of));
    }

    @GetMapping("/{handle}")
    @Operation(operationId = "getMember", summary = "A member's public profile")
    MemberViews.Profile member(@PathVariable String handle) {
        return MemberViews.Profile.of(members.getByHandle(handle));
    }
}
