package org.projectnexus.accounts;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.EnumSet;
import java.util.Set;

/** What a token may be used for; a token never carries more than its member's roles allow. */
public enum Scope {
    READ,
    WRITE,
    /** Privileged endpoints (moderation, administration); only mentors and admins hold it. */
    ADMIN;

    /**
     * The token value, as in the {@code scope} claim and the {@code SCOPE_} authorities, and as
     * JSON writes a scope (README: scopes {@code read}/{@code write}/{@code admin}).
     */
    @JsonValue
    public String value() {
        return name().toLowerCase();
    }

    /** As written on the wire, so error messages list {@code [read, write, admin]}. */
    @Override
    public String toString() {
        return value();
    }

    static Set<Scope> allowedFor(Set<MemberRole> roles) {
        return roles.contains(MemberRole.ADMIN) || roles.contains(MemberRole.MENTOR)
                ? EnumSet.allOf(Scope.class)
                : EnumSet.of(READ, WRITE);
    }
}
