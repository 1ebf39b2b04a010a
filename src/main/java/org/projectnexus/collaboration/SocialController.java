package org.projectnexus.collaboration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.projectnexus.accounts.CurrentMember;
import org.projectnexus.entries.EntrySummary;
import org.projectnexus.shared.CursorPage;
import org.projectnexus.shared.CursorPages;
import org.projectnexus.shared.Ids;
import org.projectnexus.shared.ProblemResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Following", description = "Bookmarks, follows and the feed")
class SocialController {

    private final SocialService social;

    SocialController(SocialService social) {
        this.social = social;
    }

    @GetMapping("/feed")
    @Operation(
            operationId = "getFeed",
            summary = "Your feed",
            description = "New public entries from the members and technologies you follow, newest first.")
    ResponseEntity<CursorPage<EntrySummary>> feed(
            @AuthenticationPrincipal CurrentMember me,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return CursorPages.ok(social.feed(me, limit, cursor));
    }

    @GetMapping("/bookmarks")
    @Operation(
            operationId = "listBookmarks",
            summary = "Your bookmarks",
            description = "Newest first; entries no longer public are left out.")
    ResponseEntity<CursorPage<EntrySummary>> bookmarks(
            @AuthenticationPrincipal CurrentMember me,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return CursorPages.ok(social.bookmarks(me, limit, cursor));
    }

    @PutMapping("/bookmarks/{entryId}")
    @ApiResponse(responseCode = "204", description = "Bookmarked")
    @Operation(operationId = "addBookmark", summary = "Bookmark an entry", description = "Idempotent.")
    ResponseEntity<Void> bookmark(@AuthenticationPrincipal CurrentMember me, @PathVariable String entryId) {
        social.bookmark(me, Ids.parse(entryId, "entry"), true);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/bookmarks/{entryId}")
    @ApiResponse(responseCode = "204", description = "Removed")
    @Operation(operationId = "removeBookmark", summary = "Remove a bookmark", description = "Idempotent.")
    ResponseEntity<Void> unbookmark(@AuthenticationPrincipal CurrentMember me, @PathVariable String entryId) {
        social.bookmark(me, Ids.parse(entryId, "entry"), false);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/following")
    @Operation(operationId = "getFollowing", summary = "Whom and what you follow")
    SocialService.Following following(@AuthenticationPrincipal CurrentMember me) {
        return social.following(me);
    }

    @PutMapping("/following/members/{handle}")
    @ApiResponse(responseCode = "204", description = "Following")
    @ProblemResponse(
            status = 422,
            type = "validation-failed",
            title = "Validation failed",
            detail = "The request is not valid: handle: you cannot follow yourself.")
    @Operation(operationId = "followMember", summary = "Follow a member", description = "Idempotent.")
    ResponseEntity<Void> follow(@AuthenticationPrincipal CurrentMember me, @PathVariable String handle) {
        social.followMember(me, handle, true);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/following/members/{handle}")
    @ApiResponse(responseCode = "204", description = "Not following")
    @Operation(operationId = "unfollowMember", summary = "Unfollow a member", description = "Idempotent.")
    ResponseEntity<Void> unfollow(@AuthenticationPrincipal CurrentMember me, @PathVariable String handle) {
        social.followMember(me, handle, false);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/following/technologies/{slug}")
    @ApiResponse(responseCode = "204", description = "Following")
    @Operation(
            operationId = "followTechnology",
            summary = "Follow a technology",
            description = "By slug, name or alias. Idempotent.")
    ResponseEntity<Void> followTechnology(@AuthenticationPrincipal CurrentMember me, @PathVariable String slug) {
        social.followTechnology(me, slug, true);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/following/technologies/{slug}")
    @ApiResponse(responseCode = "204", description = "Not following")
    @Operation(operationId = "unfollowTechnology", summary = "Unfollow a technology", description = "Idempotent.")
    ResponseEntity<Void> unfollowTechnology(@AuthenticationPrincipal CurrentMember me, @PathVariable String slug) {
        social.followTechnology(me, slug, false);
        return ResponseEntity.noContent().build();
    }
}
