package org.projectnexus.collaboration;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.projectnexus.accounts.CurrentMember;
import org.projectnexus.accounts.Members;
import org.projectnexus.entries.Entries;
import org.projectnexus.entries.EntrySummary;
import org.projectnexus.shared.CursorCodec;
import org.projectnexus.shared.CursorPage;
import org.projectnexus.shared.ProblemException;
import org.projectnexus.technologies.Technologies;
import org.projectnexus.technologies.TechnologyRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Bookmarks, follows and the feed they make. */
@Service
class SocialService implements Follows {

    record Following(List<FollowedMember> members, List<FollowedTechnology> technologies) {}

    record FollowedMember(String handle, String displayName) {}

    record FollowedTechnology(String slug, String name) {}

    private final CollaborationRepository repository;
    private final Entries entries;
    private final Members members;
    private final Technologies technologies;
    private final CursorCodec cursors;
    private final Clock clock;

    SocialService(
            CollaborationRepository repository,
            Entries entries,
            Members members,
            Technologies technologies,
            CursorCodec cursors,
            Clock clock) {
        this.repository = repository;
        this.entries = entries;
        this.members = members;
        this.technologies = technologies;
        this.cursors = cursors;
        this.clock = clock;
    }

    @Transactional
    void bookmark(CurrentMember me, UUID entryId, boolean on) {
        if (on) {
            entries.visibleRef(me, entryId).orElseThrow(() -> ProblemException.notFound("No entry " + entryId + "."));
            repository.bookmark(me.id(), entryId, clock.instant());
        } else {
            repository.unbookmark(me.id(), entryId);
        }
    }

    /** Bookmarked entries still public, newest bookmark first. */
    CursorPage<EntrySummary> bookmarks(CurrentMember me, Integer limit, String cursor) {
        var slice = cursors.timeKeyset(
                limit,
                cursor,
                "bookmarks|" + me.id(),
                (afterTime, afterEntry, size) -> repository.bookmarks(me.id(), afterTime, afterEntry, size),
                CollaborationRepository.Bookmark::createdAt,
                CollaborationRepository.Bookmark::entryId);
        var cursorOf = new HashMap<String, String>();
        for (int i = 0; i < slice.items().size(); i++) {
            cursorOf.put(
                    slice.items().get(i).entryId().toString(), slice.cursors().get(i));
        }
        var shown = entries.summaries(slice.items().stream()
                .map(CollaborationRepository.Bookmark::entryId)
                .toList());
        return new CursorPage<>(
                shown,
                slice.nextCursor(),
                shown.stream().map(s -> cursorOf.get(s.id())).toList());
    }

    @Transactional
    void followMember(CurrentMember me, String handle, boolean on) {
        var member = members.findByHandle(handle)
                .orElseThrow(() -> ProblemException.notFound("No member with the handle '" + handle + "'."));
        if (member.id().equals(me.id())) {
            throw ProblemException.invalid("handle", "you cannot follow yourself");
        }
        if (on) {
            repository.followMember(me.id(), member.id(), clock.instant());
        } else {
            repository.unfollowMember(me.id(), member.id());
        }
    }

    @Transactional
    void followTechnology(CurrentMember me, String slug, boolean on) {
        var technology =
                technologies.find(slug).orElseThrow(() -> ProblemException.notFound("No technology '" + slug + "'."));
        if (on) {
            repository.followTechnology(me.id(), technology.id(), clock.instant());
        } else {
            repository.unfollowTechnology(me.id(), technology.id());
        }
    }

    Following following(CurrentMember me) {
        var followed = members.findAllById(repository.followedMembers(me.id()));
        var techs = technologies.findAllById(repository.followedTechnologies(me.id()));
        return new Following(
                repository.followedMembers(me.id()).stream()
                        .map(followed::get)
                        .filter(m -> m != null)
                        .map(m -> new FollowedMember(m.handle(), m.displayName()))
                        .toList(),
                techs.values().stream()
                        .sorted(java.util.Comparator.comparing(TechnologyRef::name))
                        .map(t -> new FollowedTechnology(t.slug(), t.name()))
                        .toList());
    }

    /** New public entries from followed members and technologies, newest first. */
    CursorPage<EntrySummary> feed(CurrentMember me, Integer limit, String cursor) {
        var page = cursors.page(limit, cursor, Entries.feedScope(me.id()));
        return entries.feed(
                me.id(), repository.followedMembers(me.id()), repository.followedTechnologies(me.id()), page);
    }

    @Override
    public Set<UUID> followersOf(UUID memberId, Collection<UUID> technologyIds) {
        return repository.followersOf(memberId, technologyIds);
    }
}
