package org.projectnexus.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.header.HeaderWriter;

/**
 * The Content-Security-Policy of every page: scripts, styles, fonts and connections from this
 * server only (no inline script, no eval, no inline styles), images also from https links in
 * members' markdown, no frames, no plugins, forms posting back here only. A page that draws a
 * Mermaid diagram marks itself ({@link #allowDiagramStyles}): Mermaid's SVG carries its own
 * {@code <style>} element, so that page alone allows inline styles — never inline script.
 */
final class PageSecurityPolicy implements HeaderWriter {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:;"
            + " font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none';"
            + " base-uri 'none'";

    static final String DIAGRAM_POLICY = POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    private static final String DIAGRAMS = PageSecurityPolicy.class.getName() + ".diagrams";

    static void allowDiagramStyles(HttpServletRequest request) {
        request.setAttribute(DIAGRAMS, Boolean.TRUE);
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (!response.containsHeader("Content-Security-Policy")) {
            response.setHeader(
                    "Content-Security-Policy", request.getAttribute(DIAGRAMS) != null ? DIAGRAM_POLICY : POLICY);
        }
    }
}
