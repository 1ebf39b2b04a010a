package org.projectnexus.accounts;

import java.util.Set;
import java.util.UUID;

/**
 * The authenticated caller, as every module sees it ({@code @AuthenticationPrincipal CurrentMember
 * me}). Roles are read from the database on every request, so a role change or a suspension takes
 * effect at once, whatever the token says.
 */
public record CurrentMember(UUID id, String handle, Set<MemberRole> roles, Set<Scope> scopes) {

    public CurrentMember {
        roles = Set.copyOf(roles);
        scopes = Set.copyOf(scopes);
    }

    public boolean has(MemberRole role) {
        return roles.contains(role);
    }

    /** Mentors and admins moderate other members' content. */
    public boolean isModerator() {
        return has(MemberRole.MENTOR) || has(MemberRole.ADMIN);
    }
}
