package org.projectnexus.accounts;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.projectnexus.shared.Cursor;
import org.projectnexus.shared.CursorCodec;
import org.projectnexus.shared.CursorPage;
import org.projectnexus.shared.PageRequest;
import org.projectnexus.shared.ProblemException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Profiles, the member directory, and the administration of members. */
@Service
class MemberService implements Members {

    /** Changes to one's own profile; {@code null} leaves a field as it is, "" clears an optional one. */
    record ProfileChanges(
            String displayName, String bio, String githubUrl, String linkedinUrl, Track track, String cohort) {}

    private final MemberRepository members;
    private final RefreshTokenRepository refreshTokens;
    private final CursorCodec cursors;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MemberService(
            MemberRepository members,
            RefreshTokenRepository refreshTokens,
            CursorCodec cursors,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.members = members;
        this.refreshTokens = refreshTokens;
        this.cursors = cursors;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Optional<MemberSummary> findByHandle(String handle) {
        return members.findByHandle(handle).map(Member::summary);
    }

    @Override
    public Map<UUID, MemberSummary> findAllById(Collection<UUID> ids) {
        return members.findAllById(ids).stream()
                .map(Member::summary)
                .collect(Collectors.toMap(MemberSummary::id, Function.identity()));
    }

    @Override
    public Optional<MemberProfile> profile(String handle) {
        return members.findByHandle(handle).map(MemberProfile::of);
    }

    @Override
    public CursorPage<MemberProfile> directory(Track track, String cohort, Integer limit, String cursor) {
        return list(track, cohort, cursors.page(limit, cursor, listScope(track, cohort)))
                .map(MemberProfile::of);
    }

    @Override
    public Optional<Contact> contact(UUID memberId) {
        return members.findById(memberId)
                .filter(m -> m.status() == Member.Status.ACTIVE)
                .map(m -> new Contact(m.id(), m.handle(), m.displayName(), m.email()));
    }

    Member get(UUID id) {
        return members.findById(id).orElseThrow(() -> ProblemException.notFound("No such member."));
    }

    Member getByHandle(String handle) {
        return members.findByHandle(handle)
                .orElseThrow(() -> ProblemException.notFound("No member with the handle '" + handle + "'."));
    }

    CursorPage<Member> list(Track track, String cohort, PageRequest page) {
        var after = page.first() ? null : page.cursor().key(0);
        var rows = members.page(track, cohort, after, page.limit() + 1);
        return cursors.slice(rows, page, last -> new Cursor(listScope(track, cohort), List.of(last.handle())));
    }

    static String listScope(Track track, String cohort) {
        return "members|" + track + "|" + cohort;
    }

    @Transactional
    Member updateProfile(UUID id, ProfileChanges changes) {
        var m = get(id);
        var updated = new Member(
                m.id(),
                m.handle(),
                m.email(),
                m.emailVerified(),
                changes.displayName() != null ? changes.displayName() : m.displayName(),
                optional(changes.bio(), m.bio()),
                optional(changes.githubUrl(), m.githubUrl()),
                optional(changes.linkedinUrl(), m.linkedinUrl()),
                changes.track() != null ? changes.track() : m.track(),
                optional(changes.cohort(), m.cohort()),
                m.roles(),
                m.status(),
                m.passwordHash(),
                m.createdAt(),
                clock.instant());
        members.update(updated);
        return updated;
    }

    @Transactional
    Member changeRoles(CurrentMember admin, String handle, Set<MemberRole> roles) {
        var target = getByHandle(handle);
        var newRoles = EnumSet.of(MemberRole.LEARNER);
        newRoles.addAll(roles);
        if (target.id().equals(admin.id()) && !newRoles.contains(MemberRole.ADMIN)) {
            throw ProblemException.conflict(
                    "last-admin-safety", "You cannot remove your own admin role; ask another admin.");
        }
        var updated = target.withRoles(newRoles, clock.instant());
        members.update(updated);
        audit.record(
                admin,
                "member.roles-changed",
                "member:" + target.handle(),
                Map.of("from", names(target.roles()), "to", names(newRoles)));
        return updated;
    }

    /** Mentors may suspend learners; admins anyone but themselves. */
    @Transactional
    Member suspend(CurrentMember actor, String handle, String reason) {
        var target = getByHandle(handle);
        checkModerationOf(actor, target);
        if (!target.active()) {
            return target;
        }
        var updated = target.withStatus(Member.Status.SUSPENDED, clock.instant());
        members.update(updated);
        refreshTokens.revokeAllOf(target.id(), clock.instant());
        audit.record(
                actor,
                "member.suspended",
                "member:" + target.handle(),
                reason == null ? Map.of() : Map.of("reason", reason));
        events.publishEvent(new MemberSuspended(target.id(), target.handle(), actor.id()));
        return updated;
    }

    @Transactional
    Member reactivate(CurrentMember actor, String handle) {
        var target = getByHandle(handle);
        checkModerationOf(actor, target);
        if (target.active()) {
            return target;
        }
        var updated = target.withStatus(Member.Status.ACTIVE, clock.instant());
        members.update(updated);
        audit.record(actor, "member.reactivated", "member:" + target.handle(), Map.of());
        return updated;
    }

    private static void checkModerationOf(CurrentMember actor, Member target) {
        if (target.id().equals(actor.id())) {
            throw ProblemException.conflict("self-moderation", "You cannot suspend or reactivate yourself.");
        }
        var targetIsStaff =
                target.roles().contains(MemberRole.MENTOR) || target.roles().contains(MemberRole.ADMIN);
        if (!actor.has(MemberRole.ADMIN) && (targetIsStaff || !actor.has(MemberRole.MENTOR))) {
            throw ProblemException.forbidden("Mentors may suspend learners only; mentors and admins need an admin.");
        }
    }

    private static List<String> names(Set<MemberRole> roles) {
        return roles.stream().map(Enum::name).sorted().toList();
    }

    private static String optional(String change, String current) {
        if (change == null) {
            return current;
        }
        return change.isBlank() ? null : change;
    }
}
