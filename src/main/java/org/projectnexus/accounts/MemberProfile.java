package org.projectnexus.accounts;

import java.time.Instant;
import java.util.List;

/** What anyone may see of a member (a hub's header, the member directory). */
public record MemberProfile(
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

    static MemberProfile of(Member m) {
        return new MemberProfile(
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
