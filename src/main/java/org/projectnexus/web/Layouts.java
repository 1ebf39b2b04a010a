package org.projectnexus.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.projectnexus.accounts.CurrentMember;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/** Builds the frame of a page for the current request. */
@Component
class Layouts {

    /** Notices a redirect may ask for by name: fixed texts, so a link cannot make the site say anything. */
    private static final Map<String, String> NOTICES = Map.of(
            "signed-out", "You are signed out.",
            "registered", "Your account is ready: sign in to start.",
            "signed-in", "You are signed in.",
            "token-revoked", "The token is revoked: it no longer works.");

    private final Assets assets;

    Layouts(Assets assets) {
        this.assets = assets;
    }

    /** A page that only reads: a CSRF token only for a signed-in member (the header's sign-out form). */
    Layout of(HttpServletRequest request, String title, String section) {
        var viewer = viewer();
        return build(request, title, section, viewer, viewer != null);
    }

    /** A page with a form anyone may send (sign-in, sign-up): always a CSRF token. */
    Layout withForm(HttpServletRequest request, String title, String section) {
        return build(request, title, section, viewer(), true);
    }

    String mermaidUrl() {
        return assets.mermaid();
    }

    private Layout build(
            HttpServletRequest request, String title, String section, Layout.Viewer viewer, boolean forms) {
        var notice = request.getParameter("notice");
        return new Layout(
                title,
                viewer,
                forms ? csrf(request) : null,
                assets.urls(),
                "",
                section,
                notice == null ? null : NOTICES.get(notice),
                null);
    }

    static CurrentMember member() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CurrentMember member ? member : null;
    }

    private static Layout.Viewer viewer() {
        var member = member();
        return member == null ? null : new Layout.Viewer(member.handle());
    }

    private static Layout.Csrf csrf(HttpServletRequest request) {
        var token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return token == null
                ? null
                : new Layout.Csrf(token.getParameterName(), token.getHeaderName(), token.getToken());
    }
}
