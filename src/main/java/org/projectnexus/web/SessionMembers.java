package org.projectnexus.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import java.util.function.Supplier;
import org.projectnexus.accounts.Accounts;
import org.projectnexus.accounts.CurrentMember;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;

/**
 * Keeps only the member's id in the browser session and asks the accounts module for the member
 * on every request: a role change or a suspension takes effect on the next page, and no
 * serialized {@code Authentication} sits in the session table.
 */
final class SessionMembers implements SecurityContextRepository {

    static final String MEMBER_ID = "nexus.member-id";

    private final Accounts accounts;

    SessionMembers(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        return new Deferred(() -> read(request));
    }

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(
            org.springframework.security.web.context.HttpRequestResponseHolder requestResponseHolder) {
        return loadDeferredContext(requestResponseHolder.getRequest()).get();
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        var authentication = context.getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentMember member) {
            var session = request.getSession(true);
            var id = member.id().toString();
            if (!id.equals(session.getAttribute(MEMBER_ID))) {
                session.setAttribute(MEMBER_ID, id);
                // Spring Session indexes it: every session of a member can be found (and ended).
                session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, id);
            }
            return;
        }
        var session = request.getSession(false);
        if (session != null && session.getAttribute(MEMBER_ID) != null) {
            session.removeAttribute(MEMBER_ID);
            session.removeAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME);
        }
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        var session = request.getSession(false);
        return session != null && session.getAttribute(MEMBER_ID) != null;
    }

    /** The session's member as they are now, or {@code null} (then the session is ended). */
    private SecurityContext read(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session == null || !(session.getAttribute(MEMBER_ID) instanceof String id)) {
            return null;
        }
        UUID memberId;
        try {
            memberId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            session.invalidate();
            return null;
        }
        var authentication = accounts.session(memberId);
        if (authentication.isEmpty()) {
            session.invalidate();
            return null;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication.get());
        return context;
    }

    /** Reads the member once per request, when something first asks who is signed in. */
    private static final class Deferred implements DeferredSecurityContext {

        private final Supplier<SecurityContext> read;
        private SecurityContext context;
        private boolean generated;

        Deferred(Supplier<SecurityContext> read) {
            this.read = read;
        }

        @Override
        public SecurityContext get() {
            if (context == null) {
                context = read.get();
                if (context == null) {
                    context = SecurityContextHolder.createEmptyContext();
                    generated = true;
                }
            }
            return context;
        }

        @Override
        public boolean isGenerated() {
            get();
            return generated;
        }
    }
}
