package org.projectnexus.entries;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * Markdown to safe HTML: commonmark renders (GFM tables, strikethrough, autolinks, heading
 * anchors), then the OWASP sanitizer keeps only formatting, links to http(s)/mailto, images and
 * tables. Scripts, event handlers and {@code javascript:} URLs never survive; fenced code keeps its
 * {@code language-*} class for highlighters.
 */
@Component
class MarkdownRenderer {

    private static final Pattern LANGUAGE_CLASS = Pattern.compile("language-[A-Za-z0-9_+#.-]{1,30}");

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final PolicyFactory policy;

    MarkdownRenderer() {
        var extensions = List.of(
                TablesExtension.create(),
                StrikethroughExtension.create(),
                AutolinkExtension.create(),
                HeadingAnchorExtension.create());
        this.parser = Parser.builder().extensions(extensions).build();
        this.renderer =
                HtmlRenderer.builder().extensions(extensions).sanitizeUrls(true).build();
        this.policy = Sanitizers.FORMATTING
                .and(Sanitizers.BLOCKS)
                .and(Sanitizers.TABLES)
                .and(Sanitizers.IMAGES)
                .and(new HtmlPolicyBuilder()
                        .allowElements("a")
                        .allowUrlProtocols("http", "https", "mailto")
                        .allowAttributes("href", "title")
                        .onElements("a")
                        .requireRelNofollowOnLinks()
                        .allowElements("pre", "code", "hr", "del", "s", "kbd", "sup", "sub")
                        .allowAttributes("class")
                        .matching(LANGUAGE_CLASS)
                        .onElements("code")
                        .allowAttributes("id")
                        .matching(Pattern.compile("[a-z0-9_-]{1,100}"))
                        .onElements("h1", "h2", "h3", "h4", "h5", "h6")
                        .allowAttributes("align")
                        .matching(Pattern.compile("left|right|center"))
                        .onElements("th", "td")
                        .toFactory());
    }

    String toHtml(String markdown) {
        if (markdown == null || markdown.isEmpty()) {
            return "";
        }
        return policy.sanitize(renderer.render(parser.parse(markdown)));
    }
}
