package org.projectnexus.shared;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.parser.PostProcessor;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * Markdown to safe HTML, for every module that stores member-written markdown: commonmark renders
 * (GFM tables, strikethrough, autolinks, heading anchors, {@code @handle} mentions as links to the
 * member), then the OWASP sanitizer keeps only formatting, links to http(s)/mailto or relative,
 * images and tables. Scripts, event handlers and {@code javascript:} URLs never survive; fenced
 * code keeps its {@code language-*} class for highlighters.
 */
@Component
public class Markdown {

    /** A mention: {@code @} and a handle, not inside a word or an email address. */
    private static final Pattern MENTION = Pattern.compile("(?<![\\w@.])@([A-Za-z0-9_-]{3,30})(?![\\w@])");

    private static final Pattern LANGUAGE_CLASS = Pattern.compile("language-[A-Za-z0-9_+#.-]{1,30}");

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final PolicyFactory policy;

    Markdown() {
        var extensions = List.of(
                TablesExtension.create(),
                StrikethroughExtension.create(),
                AutolinkExtension.create(),
                HeadingAnchorExtension.create());
        this.parser = Parser.builder()
                .extensions(extensions)
                .postProcessor(new MentionLinks())
                .build();
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

    public String toHtml(String markdown) {
        if (markdown == null || markdown.isEmpty()) {
            return "";
        }
        return policy.sanitize(renderer.render(parser.parse(markdown)));
    }

    /** The handles mentioned in the text (lower-case, in order, once each); none inside code. */
    public Set<String> mentions(String markdown) {
        var handles = new LinkedHashSet<String>();
        if (markdown == null || markdown.isEmpty()) {
            return handles;
        }
        parser.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                var destination = link.getDestination();
                if (destination != null && destination.startsWith(MEMBER_PATH)) {
                    handles.add(destination.substring(MEMBER_PATH.length()).toLowerCase(Locale.ROOT));
                }
                visitChildren(link);
            }
        });
        return handles;
    }

    private static final String MEMBER_PATH = "/members/";

    /** Turns {@code @handle} in text (not in code or existing links) into a link to the member. */
    private static final class MentionLinks implements PostProcessor {

        @Override
        public Node process(Node document) {
            var texts = new ArrayList<Text>();
            document.accept(new AbstractVisitor() {
                @Override
                public void visit(Text text) {
                    texts.add(text);
                }

                @Override
                public void visit(Link link) {
                    // already a link: leave its text alone
                }
            });
            for (var text : texts) {
                link(text);
            }
            return document;
        }

        private static void link(Text text) {
            var literal = text.getLiteral();
            var matcher = MENTION.matcher(literal);
            int last = 0;
            Node cursor = text;
            boolean any = false;
            while (matcher.find()) {
                any = true;
                var before = new Text(literal.substring(last, matcher.start()));
                cursor.insertAfter(before);
                cursor = before;
                var link = new Link(MEMBER_PATH + matcher.group(1), null);
                link.appendChild(new Text(matcher.group()));
                cursor.insertAfter(link);
                cursor = link;
                last = matcher.end();
            }
            if (any) {
                cursor.insertAfter(new Text(literal.substring(last)));
                text.unlink();
            }
        }
    }
}
