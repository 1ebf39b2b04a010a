package org.projectnexus.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The public URLs of the pages' assets, with a hash of their content in the file name (Spring's
 * resource chain), so browsers may cache them for a year and still get a new file after a release.
 */
@Component
class Assets {

    static final String CSS = "/assets/app.css";
    static final String APP = "/assets/app.js";
    static final String DIAGRAMS = "/assets/diagrams.js";
    static final String ICON = "/assets/icon.svg";
    static final String HTMX = "/assets/vendor/htmx.org/dist/htmx.min.js";
    static final String MERMAID = "/assets/vendor/mermaid/dist/mermaid.esm.min.mjs";

    private final ResourceUrlProvider urls;
    private volatile Layout.AssetUrls resolved;
    private volatile String mermaid;

    Assets(ResourceUrlProvider urls) {
        this.urls = urls;
    }

    Layout.AssetUrls urls() {
        var current = resolved;
        if (current == null) {
            current = new Layout.AssetUrls(url(CSS), url(HTMX), url(APP), url(DIAGRAMS), url(ICON));
            resolved = current;
        }
        return current;
    }

    /** Only pages that show a Mermaid diagram load it (it is large; see the README's sizes). */
    String mermaid() {
        var current = mermaid;
        if (current == null) {
            current = url(MERMAID);
            mermaid = current;
        }
        return current;
    }

    String url(String path) {
        var url = urls.getForLookupPath(path);
        if (url == null) {
            throw new IllegalStateException("No asset " + path + " on the classpath");
        }
        return url;
    }
}
