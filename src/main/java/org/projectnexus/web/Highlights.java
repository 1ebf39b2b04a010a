package org.projectnexus.web;

import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * Search highlights as safe HTML. The search module escapes the text and wraps matches in {@code
 * <mark>}; this keeps exactly that and nothing else: every other character sequence is escaped
 * again (after undoing the module's escaping), so a fragment cut in the middle of an entity or a
 * stray tag can never become markup.
 */
final class Highlights {

    private static final Pattern MARK = Pattern.compile("</?mark>");

    /** Markdown's own punctuation (emphasis, code ticks, fences, heading marks) reads as noise in a fragment. */
    private static final Pattern MARKDOWN = Pattern.compile("```[\\w+-]*|`|\\*\\*|__|(?m)^#{1,6}\\s");

    private Highlights() {}

    static String safe(String highlighted) {
        if (highlighted == null || highlighted.isEmpty()) {
            return "";
        }
        var html = new StringBuilder();
        var matcher = MARK.matcher(highlighted);
        var open = false;
        int last = 0;
        while (matcher.find()) {
            html.append(escape(highlighted.substring(last, matcher.start())));
            var opening = !matcher.group().startsWith("</");
            if (opening != open) {
                html.append(opening ? "<mark>" : "</mark>");
                open = opening;
            }
            last = matcher.end();
        }
        html.append(escape(highlighted.substring(last)));
        if (open) {
            html.append("</mark>");
        }
        return html.toString();
    }

    private static String escape(String text) {
        var plain = MARKDOWN.matcher(HtmlUtils.htmlUnescape(text)).replaceAll("");
        return HtmlUtils.htmlEscape(plain);
    }
}
