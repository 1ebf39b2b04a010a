package org.projectnexus.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.projectnexus.accounts.CurrentMember;
import org.projectnexus.accounts.Members;
import org.projectnexus.entries.Entries;
import org.projectnexus.entries.EntryKind;
import org.projectnexus.entries.EntryView;
import org.projectnexus.shared.ProblemException;
import org.springframework.stereotype.Component;

/**
 * Writes a member's hub as a README in the conventional {@code alx-project-nexus} layout, in a
 * form the importer reads back into the same entries: one {@code ###} heading per entry under its
 * kind's section, a {@code Technologies:} line, {@code **Solution:**} before a challenge's
 * solution, and a marker that tells the importer the layout is exact.
 */
@Component
class ReadmeExporter {

    private static final Map<EntryKind, String> SECTIONS = sections();

    private static final Parser PARSER =
            Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    private final Members members;
    private final Entries entries;

    ReadmeExporter(Members members, Entries entries) {
        this.members = members;
        this.entries = entries;
    }

    private static Map<EntryKind, String> sections() {
        var sections = new LinkedHashMap<EntryKind, String>();
        sections.put(EntryKind.LEARNING, "Key Technologies Covered");
        sections.put(EntryKind.CHALLENGE, "Challenges Faced & Solutions");
        sections.put(EntryKind.PRACTICE, "Best Practices & Personal Takeaways");
        sections.put(EntryKind.GOAL, "Future Goals");
        sections.put(EntryKind.PROJECT, "Projects");
        sections.put(EntryKind.SNIPPET, "Code Snippets");
        sections.put(EntryKind.DIAGRAM, "Diagrams");
        return sections;
    }

    String export(CurrentMember viewer, String handle, boolean drafts) {
        var member = members.findByHandle(handle)
                .orElseThrow(() -> ProblemException.notFound("No member with handle '" + handle + "'."));
        if (drafts && (viewer == null || !viewer.id().equals(member.id()))) {
            throw ProblemException.forbidden("Only " + member.handle() + " can export their drafts.");
        }
        var byKind = new LinkedHashMap<EntryKind, List<EntryView>>();
        for (var entry : entries.allBy(member.id(), drafts)) {
            byKind.computeIfAbsent(entry.kind(), k -> new ArrayList<>()).add(entry);
        }
        var out = new StringBuilder();
        out.append(ReadmeParser.EXPORT_MARKER).append("\n\n");
        out.append("# ").append(member.displayName()).append(" — learning hub\n\n");
        for (var section : SECTIONS.entrySet()) {
            var list = byKind.get(section.getKey());
            if (list == null) {
                continue;
            }
            out.append("## ").append(section.getValue()).append("\n\n");
            for (var entry : list) {
                entry(out, entry);
            }
        }
        return out.toString().stripTrailing() + "\n";
    }

    private static void entry(StringBuilder out, EntryView entry) {
        out.append("### ").append(oneLine(entry.title())).append("\n\n");
        if (!entry.body().isBlank()) {
            out.append(demoteHeadings(entry.body().strip())).append("\n\n");
        }
        if (entry.kind() == EntryKind.CHALLENGE
                && entry.solution() != null
                && !entry.solution().isBlank()) {
            out.append("**Solution:**\n\n")
                    .append(demoteHeadings(entry.solution().strip()))
                    .append("\n\n");
        }
        if (entry.kind() != EntryKind.PROJECT) {
            var names = entry.technologies().stream()
                    .map(EntryView.TechnologyItem::name)
                    .toList();
            out.append("Technologies: ")
                    .append(names.isEmpty() ? "none" : String.join(", ", names))
                    .append("\n\n");
        }
    }

    private static String oneLine(String title) {
        return title.replaceAll("\\s+", " ").strip();
    }

    /**
     * Moves the body's own headings two levels down, so they stay inside the entry's {@code ###}
     * ("## Invalidation" becomes "#### Invalidation"); the importer moves them back up. Levels 5
     * and 6 both end at 6 (and come back as 4): rare in an entry.
     */
    static String demoteHeadings(String markdown) {
        var lines = markdown.split("\n", -1);
        var headings = new ArrayList<Heading>();
        collectAtxHeadings(PARSER.parse(markdown), lines, headings);
        for (var heading : headings) {
            var index = heading.getSourceSpans().getFirst().getLineIndex();
            var level = heading.getLevel();
            lines[index] =
                    lines[index].replaceFirst("^(\\s{0,3})#{" + level + "}", "$1" + "#".repeat(Math.min(6, level + 2)));
        }
        return String.join("\n", lines);
    }

    private static void collectAtxHeadings(Node node, String[] lines, List<Heading> found) {
        for (var child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Heading heading
                    && heading.getLevel() < 6
                    && !heading.getSourceSpans().isEmpty()) {
                var line = heading.getSourceSpans().getFirst().getLineIndex();
                if (line < lines.length && lines[line].stripLeading().startsWith("#")) {
                    found.add(heading);
                }
            }
            collectAtxHeadings(child, lines, found);
        }
    }
}
