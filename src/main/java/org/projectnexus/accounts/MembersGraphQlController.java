package org.projectnexus.accounts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dataloader.DataLoader;
import org.projectnexus.shared.Connection;
import org.projectnexus.shared.CursorCodec;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * Members in GraphQL. A {@code Member} is a {@link MemberSummary} wherever it appears (authors,
 * {@code me}); the rest of the profile is loaded for all members of a response in one query.
 */
@Controller
class MembersGraphQlController {

    private final MemberService members;
    private final CursorCodec cursors;

    MembersGraphQlController(
            MemberService members, MemberRepository repository, CursorCodec cursors, BatchLoaderRegistry loaders) {
        this.members = members;
        this.cursors = cursors;
        loaders.forTypePair(UUID.class, Member.class)
                .registerMappedBatchLoader((ids, environment) ->
                        Mono.fromCallable(() -> repository.findAllById(ids).stream()
                                .collect(Collectors.toMap(Member::id, Function.identity()))));
    }

    @QueryMapping
    @PreAuthorize("isAnonymous() or hasAuthority('SCOPE_read')")
    MemberSummary me(@AuthenticationPrincipal CurrentMember me) {
        return me == null ? null : members.get(me.id()).summary();
    }

    @QueryMapping
    MemberSummary member(@Argument String handle) {
        return members.getByHandle(handle).summary();
    }

    @QueryMapping
    Connection<MemberSummary> members(
            @Argument Track track, @Argument String cohort, @Argument Integer first, @Argument String after) {
        var page = cursors.page(Connection.first(first), after, MemberService.listScope(track, cohort));
        return Connection.of(members.list(track, cohort, page).map(Member::summary), after);
    }

    @SchemaMapping(typeName = "Member")
    CompletableFuture<String> bio(MemberSummary member, DataLoader<UUID, Member> stored) {
        return stored.load(member.id()).thenApply(Member::bio);
    }

    @SchemaMapping(typeName = "Member")
    CompletableFuture<String> githubUrl(MemberSummary member, DataLoader<UUID, Member> stored) {
        return stored.load(member.id()).thenApply(Member::githubUrl);
    }

    @SchemaMapping(typeName = "Member")
    CompletableFuture<String> linkedinUrl(MemberSummary member, DataLoader<UUID, Member> stored) {
        return stored.load(member.id()).thenApply(Member::linkedinUrl);
    }

    @SchemaMapping(typeName = "Member")
    CompletableFuture<List<MemberRole>> roles(MemberSummary member, DataLoader<UUID, Member> stored) {
        return stored.load(member.id())
                .thenApply(m -> m.roles().stream().sorted().toList());
    }

    @SchemaMapping(typeName = "Member")
    CompletableFuture<Boolean> suspended(MemberSummary member, DataLoader<UUID, Member> stored) {
        return stored.load(member.id()).thenApply(m -> !m.active());
    }

    @SchemaMapping(typeName = "Member")
    CompletableFuture<Instant> joinedAt(MemberSummary member, DataLoader<UUID, Member> stored) {
        return stored.load(member.id()).thenApply(Member::createdAt);
    }

    /** As in REST: only members themselves (and admins) see an email address. */
    @SchemaMapping(typeName = "Member")
    CompletableFuture<String> email(
            MemberSummary member, @AuthenticationPrincipal CurrentMember me, DataLoader<UUID, Member> stored) {
        if (me == null || !(me.id().equals(member.id()) || me.has(MemberRole.ADMIN))) {
            return CompletableFuture.completedFuture(null);
        }
        return stored.load(member.id()).thenApply(Member::email);
    }
}
