package org.projectnexus.web;

/**
 * What every page's frame shows: the title, who is signed in, the CSRF token of its forms, the
 * fingerprinted assets, the header's search box, the active section and a one-line notice.
 *
 * @param csrf only when the page has a form to protect (signed in, or a sign-in or sign-up page),
 *     so a visitor who only reads never gets a session
 * @param mermaid the Mermaid module's URL on pages that draw diagrams, else {@code null}
 */
public record Layout(
        String title,
        Viewer viewer,
        Csrf csrf,
        AssetUrls assets,
        String query,
        String section,
        String notice,
        String mermaid) {

    /** The signed-in member. */
    public record Viewer(String handle) {}

    /** Spring Security's token for forms (a hidden field) and for htmx requests (a header). */
    public record Csrf(String parameterName, String headerName, String token) {}

    /** The page's CSS and scripts, each under a name that changes with its content. */
    public record AssetUrls(String css, String htmx, String app, String diagrams, String icon) {}

    public boolean signedIn() {
        return viewer != null;
    }

    public Layout withQuery(String value) {
        return new Layout(title, viewer, csrf, assets, value == null ? "" : value, section, notice, mermaid);
    }

    public Layout withMermaid(String url) {
        return new Layout(title, viewer, csrf, assets, query, section, notice, url);
    }

    public boolean current(String name) {
        return name.equals(section);
    }
}
