package org.projectnexus.accounts;

import java.time.Instant;
import java.util.List;

/** What the API shows of members. */
final class MemberViews {

    private MemberViews() {}

    /** Anyone may see this. */
    record Profile(
            String handle,
            String displayName,
            String bio,
            String githubUrl,
            String linkedinUrl,
            Track track,
            String cohort,
            List<MemberRole> roles,
            boolean suspended,
            Instant joinedAt) {

        static Profile of(Member m) {
            return new Profile(
                    m.handle(),
                    m.displayName(),
                    m.bio(),
                    m.githubUrl(),
                    m.linkedinUrl(),
                    m.track(),
                    m.cohort(),
                    m.roles().stream().sorted().toList(),
                    !m.active(),
                    m.createdAt());
        }
    }

    /** Only the member themself (and admins) see the email address. */
    record Me(
            String handle,
            String email,
            boolean emailVerified,
            String displayName,
            String bio,
            String githubUrl,
            String linkedinUrl,
            Track track,
            String cohort,
            List<MemberRole> roles,
            List<String> scopes,
            Instant joinedAt,
            Instant updatedAt) {

        static Me of(Member m, CurrentMember me) {
            return new Me(
                    m.handle(),
                    m.email(),
                    m.emailVerified(),
                    m.displayName(),
                    m.bio(),
                    m.githubUrl(),
                    m.linkedinUrl(),
                    m.track(),
                    m.cohort(),
                    m.roles().stream().sorted().toList(),
                    me == null
                            ? List.of()
                            : me.scopes().stream().map(Scope::value).sorted().toList(),
                    m.createdAt(),
                    m.updatedAt());
        }
    }
}
