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

    MemberSummary summary() {
        return new MemberSummary(id, handle, displayName, track, cohort);
    }
}
