package org.projectnexus.collaboration;

import java.security.Principal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.projectnexus.accounts.CurrentMember;
import org.projectnexus.accounts.MemberSummary;
import org.projectnexus.entries.Engagement;
import org.projectnexus.entries.EntrySummary;
import org.projectnexus.entries.EntryView;
import org.projectnexus.shared.Connection;
import org.projectnexus.shared.Ids;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/**
 * Comments, reactions, accepted solutions, bookmarks, follows and the feed in GraphQL, through the
 * same services as REST. What a page of entries or authors needs from this module (the caller's
 * reactions, follower counts) is loaded in one query per page.
 */
@Controller
class CollaborationGraphQlController {

    private final CollaborationService collaboration;
    private final SocialService social;
    private final CollaborationRepository repository;

    CollaborationGraphQlController(
            CollaborationService collaboration, SocialService social, CollaborationRepository repository) {
        this.collaboration = collaboration;
        this.social = social;
        this.repository = repository;
    }

    // --- reads -----------------------------------------------------------------------------------

    @SchemaMapping(typeName = "Entry")
    Connection<CollaborationService.CommentView> comments(
            EntryView entry,
            @AuthenticationPrincipal CurrentMember me,
            @Argument Integer first,
            @Argument String after) {
        return Connection.of(
                collaboration.comments(me, UUID.fromString(entry.id()), Connection.first(first), after), after);
    }

    @BatchMapping(typeName = "Entry", field = "myReactions")
    Map<EntryView, List<ReactionType>> myReactionsToEntries(List<EntryView> entries, Principal principal) {
        return myReactions(entries, e -> UUID.fromString(e.id()), principal);
    }

    @BatchMapping(typeName = "EntrySummary", field = "myReactions")
    Map<EntrySummary, List<ReactionType>> myReactionsToSummaries(List<EntrySummary> entries, Principal principal) {
        return myReactions(entries, e -> UUID.fromString(e.id()), principal);
    }

    private <T> Map<T, List<ReactionType>> myReactions(List<T> entries, Function<T, UUID> idOf, Principal principal) {
        var member = principal instanceof Authentication a && a.getPrincipal() instanceof CurrentMember m ? m : null;
        var mine = member == null
                ? Map.<UUID, Set<ReactionType>>of()
                : repository.reactionsOf(entries.stream().map(idOf).toList(), member.id());
        var result = new LinkedHashMap<T, List<ReactionType>>();
        for (var entry : entries) {
            result.put(
                    entry,
                    mine.getOrDefault(idOf.apply(entry), Set.of()).stream()
                            .sorted()
                            .toList());
        }
        return result;
    }

    @BatchMapping(typeName = "Member")
    Map<MemberSummary, Integer> followers(List<MemberSummary> members) {
        return counted(members, repository.followerCounts(ids(members)));
    }

    @BatchMapping(typeName = "Member")
    Map<MemberSummary, Integer> following(List<MemberSummary> members) {
        return counted(members, repository.followingCounts(ids(members)));
    }

    private static List<UUID> ids(Collection<MemberSummary> members) {
        return members.stream().map(MemberSummary::id).distinct().toList();
    }

    private static Map<MemberSummary, Integer> counted(List<MemberSummary> members, Map<UUID, Integer> counts) {
        var result = new LinkedHashMap<MemberSummary, Integer>();
        members.forEach(m -> result.put(m, counts.getOrDefault(m.id(), 0)));
        return result;
    }

    @QueryMapping
    @PreAuthorize("hasAuthority('SCOPE_read')")
    Connection<EntrySummary> feed(
            @AuthenticationPrincipal CurrentMember me, @Argument Integer first, @Argument String after) {
        return Connection.of(social.feed(me, Connection.first(first), after), after);
    }

    @QueryMapping
    @PreAuthorize("hasAuthority('SCOPE_read')")
    Connection<EntrySummary> bookmarks(
            @AuthenticationPrincipal CurrentMember me, @Argument Integer first, @Argument String after) {
        return Connection.of(social.bookmarks(me, Connection.first(first), after), after);
    }

    // --- mutations -------------------------------------------------------------------------------

    @MutationMapping
    @PreAuthorize("hasAuthority('SCOPE_write')")
    CollaborationService.CommentView addComment(
            @AuthenticationPrincipal CurrentMember me,
            @Argument String entryId,
            @Argument String body,
            @Argument String parentId) {
        var parent = parentId == null ? null : Ids.parse(parentId, "comment");
        return collaboration.comment(me, Ids.parse(entryId, "entry"), body, parent);
    }

    @MutationMapping
    @PreAuthorize("hasAuthority('SCOPE_write')")
    CollaborationService.CommentView editComment(
            @AuthenticationPrincipal CurrentMember me, @Argument String id, @Argument String body) {
        return collaboration.edit(me, Ids.parse(id, "comment"), body);
    }

    @MutationMapping
    @PreAuthorize("hasAuthority('SCOPE_write')")
    boolean deleteComment(@AuthenticationPrincipal CurrentMember me, @Argument String id) {
        collaboration.delete(me, Ids.parse(id, "comment"));
        return true;
    }

    @MutationMapping
    @PreAuthorize("hasAuthority('SCOPE_write')")
    Engagement react(@AuthenticationPrincipal CurrentMember me, @Argument String entryId, @Argument ReactionType type) {
        return collaboration.react(me, Ids.parse(entryId, "entry"), type, true);
    }

    @MutationMapping
    @PreAuthorize("hasAuthority('SCOPE_write')")
    Engagement unreact(
            @AuthenticationPrincipal CurrentMember me, @Argument String entryId, @Argument ReactionType type) {
        return collaboration.react(me, Ids.parse(entryId, "entry"), type, false);
    }

    @MutationMapping
    @PreAuthorize("hasAuthority('SCOPE_write')")
    Engagement acceptSolution(
            @AuthenticationPrincipal CurrentMember me, @Argument String entryId, @Argument String commentId) {
        return collaboration.accept(me, Ids.parse(entryId, "entry"), Ids.parse(commentId, "comment"));
    }

    @MutationMapping
    @PreAuthorize("hasAuthority('SCOPE_write')")
    boolean bookmark(@AuthenticationPrincipal CurrentMember me, @Argument String entryId) {
        social.bookmark(me, Ids.parse(entryId, "entry"), true);
        return true;
    }

    @MutationMapping
    @PreAuthorize("hasAuthority('SCOPE_write')")
    boolean unbookmark(@AuthenticationPrincipal CurrentMember me, @Argument String entryId) {
        social.bookmark(me, Ids.parse(entryId, "entry"), false);
        return true;
    }

    @MutationMapping
    @PreAuthorize("hasAuthority('SCOPE_write')")
    boolean followMember(@AuthenticationPrincipal CurrentMember me, @Argument String handle) {
        social.followMember(me, handle, true);
        return true;
    }

    @MutationMapping
    @PreAuthorize("hasAuthority('SCOPE_write')")
    boolean unfollowMember(@AuthenticationPrincipal CurrentMember me, @Argument String handle) {
        social.followMember(me, handle, false);
        return true;
    }

    @MutationMapping
    @PreAuthorize("hasAuthority('SCOPE_write')")
    boolean followTechnology(@AuthenticationPrincipal CurrentMember me, @Argument String slug) {
        social.followTechnology(me, slug, true);
        return true;
    }

    @MutationMapping
    @PreAuthorize("hasAuthority('SCOPE_write')")
    boolean unfollowTechnology(@AuthenticationPrincipal CurrentMember me, @Argument String slug) {
        social.followTechnology(me, slug, false);
        return true;
    }
}
