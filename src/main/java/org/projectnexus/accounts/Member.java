package org.projectnexus.accounts;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A member as stored (the aggregate). Never leaves the module: the password hash is in here. */
record Member(
        UUID id,
        String handle,
        String email,
        boolean emailVerified,
        String displayName,
        String bio,
        String githubUrl,
        String linkedinUrl,
        Track track,
        String cohort,
        Set<MemberRole> roles,
        Status status,
        String passwordHash,
        Instant createdAt,
        Instant updatedAt) {

    enum Status {
        ACTIVE,
        SUSPENDED
    }

    boolean active() {
        return status == Status.ACTIVE;
    }

    Member withRoles(Set<MemberRole> newRoles, Instant at) {
        return new Member(
                id,
                handle,
                email,
                emailVerified,
                displayName,
                bio,
                githubUrl,
                linkedinUrl,
                track,
                cohort,
                Set.copyOf(newRoles),
                status,
                passwordHash,
                createdAt,
                at);
    }

    Member withStatus(Status newStatus, Instant at) {
        return new Member(
                id,
                handle,
                email,
                emailVerified,
                displayName,
                bio,
                githubUrl,
                linkedinUrl,
                track,
                cohort,
                roles,
                newStatus,
                passwordHash,
                createdAt,
                at);
    }

    Member withPasswordHash(String newHash, Instant at) {
        return new Member(
                id,
                handle,
                email,
                emailVerified,
                displayName,
                bio,
                githubUrl,
                linkedinUrl,
                track,
                cohort,
                roles,
                status,
                newHash,
                createdAt,
                at);
    }

    MemberSummary summary() {
        return new MemberSummary(id, handle, displayName, track, cohort);
    }
}
