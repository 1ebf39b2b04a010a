package org.projectnexus.support;

import java.util.ArrayList;
import java.util.List;

/**
 * The examples of a markdown document: its fenced code blocks, and the shell commands of a bash
 * block as a shell reads them (continuation lines joined, quotes spanning lines kept, comments
 * dropped).
 */
public final class ReadmeExamples {

    private ReadmeExamples() {}

    /** The contents of every fenced block of the language, in order. */
    public static List<String> blocks(String markdown, String language) {
        var blocks = new ArrayList<String>();
        StringBuilder current = null;
        for (var line : markdown.split("\n", -1)) {
            if (current == null && line.strip().equals("```" + language)) {
                current = new StringBuilder();
            } else if (current != null && line.strip().equals("```")) {
                blocks.add(current.toString());
                current = null;
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        return blocks;
    }

    /** The commands of a bash block, each on one logical line, without comments. */
    public static List<String> commands(String block) {
        var commands = new ArrayList<String>();
        var command = new StringBuilder();
        var quote = (char) 0;
        for (var line : block.split("\n")) {
            var text = quote == 0 ? stripComment(line) : line;
            quote = endQuote(text, quote);
            if (quote == 0 && text.endsWith("\\")) {
                command.append(text, 0, text.length() - 1).append(' ');
            } else {
                command.append(text).append(quote == 0 ? "" : "\n");
                if (quote == 0 && !command.toString().isBlank()) {
                    commands.add(command.toString().strip());
                    command.setLength(0);
                } else if (quote == 0) {
                    command.setLength(0);
                }
            }
        }
        return commands;
    }

    /** The quote still open at the end of the text, given the one open at its start. */
    private static char endQuote(String text, char open) {
        var quote = open;
        for (var c : text.toCharArray()) {
            if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            }
        }
        return quote;
    }

    private static String stripComment(String line) {
        var quote = (char) 0;
        for (int i = 0; i < line.length(); i++) {
            var c = line.charAt(i);
            if (quote == 0 && c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i).stripTrailing();
            }
            quote = endQuote(String.valueOf(c), quote);
        }
        return line.stripTrailing();
    }
}
