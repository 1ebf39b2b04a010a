package org.projectnexus.accounts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An authenticated member, however they authenticated (access token or personal token). Grants
 * {@code ROLE_*} from the member's current roles and {@code SCOPE_*} from the token, capped by
 * what those roles allow.
 */
final class MemberAuthentication extends AbstractAuthenticationToken {

    private final CurrentMember member;

    private MemberAuthentication(CurrentMember member) {
        super(authorities(member));
        this.member = member;
        setAuthenticated(true);
    }

    static MemberAuthentication of(Member member, Set<Scope> tokenScopes) {
        var scopes = EnumSet.noneOf(Scope.class);
        scopes.addAll(tokenScopes);
        scopes.retainAll(Scope.allowedFor(member.roles()));
        return new MemberAuthentication(new CurrentMember(member.id(), member.handle(), member.roles(), scopes));
    }

    private static ArrayList<GrantedAuthority> authorities(CurrentMember member) {
        var authorities = new ArrayList<GrantedAuthority>();
        member.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
        member.scopes().forEach(scope -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope.value())));
        return authorities;
    }

    @Override
    public CurrentMember getPrincipal() {
        return member;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    /** The member id: stable across handle changes, used as the rate-limit key. */
    @Override
    public String getName() {
        return member.id().toString();
    }
}
