package org.projectnexus.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.projectnexus.entries.EntryKind;

/**
 * Reads a learner's README into entries, from the commonmark tree (never regexes over the raw
 * file). Sections are recognised by what their headings mean ({@link SectionKind}); within a
 * section each block (list item, table row, paragraph, sub-heading, code block) becomes an entry by
 * the patterns learners use. Whatever matches no pattern is kept in a note entry of its section,
 * and the report accounts for every block.
 */
final class ReadmeParser {

    /** The outcome: entries in README order and the report of what happened to every block. */
    /** @param notes the items that hold what no pattern classified (LEARNING entries named after their section) */
    record Parsed(List<ImportItem> items, ParseReport report, Set<ImportItem> notes) {

        boolean isNote(ImportItem item) {
            return notes.contains(item);
        }
    }

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();
    private static final TextContentRenderer TEXT =
            TextContentRenderer.builder().build();

    private static final Pattern BOLD_LEAD =
            Pattern.compile("^\\s*(?:\\*\\*|__)(.+?)(?:\\*\\*|__)\\s*[:：\\-–—]?\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern NAME_LEAD =
            Pattern.compile("^([^:\\n]{2,60}?)\\s*(?::|\\s[-–—]\\s)\\s*(.+)$", Pattern.DOTALL);
    private static final Pattern CHALLENGE_LABEL = Pattern.compile(
            "^\\s*(?:\\*\\*|__)?\\s*(?:challenge|problem|issue)s?\\s*\\d*\\s*(?:\\*\\*|__)?\\s*[:：\\-–—]\\s*(?:\\*\\*|__)?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern SOLUTION_LABEL = Pattern.compile(
            "^\\s*(?:\\*\\*|__)?\\s*(?:solutions?|fix|resolution|how i (?:solved|fixed) it|approach|what i did)\\s*(?:implemented)?\\s*(?:\\*\\*|__)?\\s*[:：\\-–—]\\s*(?:\\*\\*|__)?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern INLINE_SOLUTION = Pattern.compile(
            "(?:\\*\\*|__)?\\s*(?:solution|fix|resolution)\\s*(?:\\*\\*|__)?\\s*[:：]\\s*(?:\\*\\*|__)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SOLUTION_CUE = Pattern.compile(
            "\\b(solved|solution|fixed|overcame|overcome|resolved|by using|i used|to fix|to solve|addressed|i switched|switched to|"
                    + "i added|i implemented|i learned to|i learnt to|helped me|the fix)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TECHNOLOGY_LINE = Pattern.compile(
            "^\\s*[*_]*technolog(?:y|ies)[*_]*\\s*:\\s*[*_]*\\s*(.+?)[*_]*\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_NUMBER = Pattern.compile(
            "^(?:(?:step|part|challenge|problem|goal|practice)\\s*)?\\d+[.):-]?\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern TREE = Pattern.compile("[├└│]──|^\\s*[|`]--", Pattern.MULTILINE);

    /** First line of a README written by the export: its layout is known exactly. */
    static final String EXPORT_MARKER = "<!-- project-nexus:export v1 -->";

    private boolean exportLayout;
    private final List<String> lines;
    private final Map<Node, String> disposition = new IdentityHashMap<>();
    private final List<ImportItem> items = new ArrayList<>();
    private final List<ParseReport.Skipped> skipped = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<String> sectionTitles = new ArrayList<>();
    private final Set<ImportItem> noteItems = Collections.newSetFromMap(new IdentityHashMap<>());

    private ReadmeParser(String text) {
        this.lines = List.of(text.split("\n", -1));
    }

    static Parsed parse(String markdown) {
        var repaired = Mojibake.repair(
                markdown.replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", ""));
        var parser = new ReadmeParser(repaired.text());
        return parser.run(PARSER.parse(repaired.text()), repaired.repairs());
    }

    /** A section: a heading and the blocks up to the next heading. */
    private static final class Section {
        final String title;
        final int level;
        final SectionKind own;
        final Section parent;
        final List<Node> blocks = new ArrayList<>();
        final List<Section> children = new ArrayList<>();
        final int line;

        Section(String title, int level, SectionKind own, Section parent, int line) {
            this.title = title;
            this.level = level;
            this.own = own;
            this.parent = parent;
            this.line = line;
        }

        SectionKind kind() {
            for (var s = this; s != null; s = s.parent) {
                if (s.own != null) {
                    return s.own;
                }
            }
            return SectionKind.OVERVIEW;
        }

        /** Whether this is a sub-section of the section that gave it its kind (an item of it). */
        boolean isItem() {
            return own == null && parent != null && parent.kind() != SectionKind.OVERVIEW;
        }
    }

    private Parsed run(Node document, int repairs) {
        var root = new Section("Overview", 0, null, null, 1);
        var current = root;
        var plainText = !hasSubHeadings(document);
        for (var node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                current = open(root, current, cleanTitle(text(heading)), heading.getLevel(), line(heading));
            } else if (plainText && isPlainTextHeading(node)) {
                // A README pasted from a word processor has no markup: a short line that names a
                // section ("Key Technologies Covered") is that section's heading.
                current = open(root, current, cleanTitle(text(node)), 2, line(node));
                skip(node, "plain-text section heading");
            } else if (node instanceof HtmlBlock html
                    && html.getLiteral().strip().equals(EXPORT_MARKER)) {
                exportLayout = true;
                skip(node, "Project Nexus export marker");
            } else if (!(node instanceof ThematicBreak)) {
                current.blocks.add(node);
            }
        }
        visit(root);
        return new Parsed(List.copyOf(items), report(document, repairs), noteItems);
    }

    private Section open(Section root, Section current, String title, int level, int line) {
        while (current != root && current.level >= level) {
            current = current.parent;
        }
        var own = level == 1 ? null : SectionKind.of(title);
        if (exportLayout && current.own != null && level == current.level + 1) {
            // In a Nexus export, a heading under a known section is an entry, whatever its
            // title says ("Challenges with Docker" under technologies is a LEARNING entry).
            own = null;
        }
        var section = new Section(title.isEmpty() ? "Untitled section" : title, level, own, current, line);
        current.children.add(section);
        sectionTitles.add("#".repeat(level) + " " + section.title + " [" + section.kind() + "]");
        return section;
    }

    private static boolean hasSubHeadings(Node document) {
        for (var node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getLevel() > 1) {
                return true;
            }
        }
        return false;
    }

    /** One short line, no sentence punctuation, naming a kind of section. */
    private static boolean isPlainTextHeading(Node node) {
        if (!(node instanceof Paragraph) || node.getFirstChild() == null) {
            return false;
        }
        var text = text(node).strip();
        return text.length() <= 60
                && !text.contains("\n")
                && !text.matches(".*[.:;,!?]$")
                && !text.contains(": ")
                && SectionKind.of(cleanTitle(text)) != null;
    }

    private void visit(Section section) {
        var kind = section.kind();
        if (kind == SectionKind.PROJECTS && section.own != null) {
            if (isProjectList(section)) {
                // "Projects" over one sub-heading per project: each is a PROJECT entry.
                for (var block : section.blocks) {
                    block(section, SectionKind.OVERVIEW, block);
                }
                note(section);
                section.children.forEach(this::project);
            } else {
                project(section);
            }
            return;
        }
        if (section.isItem() && kind != SectionKind.STRUCTURE && kind != SectionKind.CONTENTS) {
            subSectionItem(section, kind);
            if (exportLayout) {
                return; // its sub-sections are part of its body
            }
        } else {
            for (var block : section.blocks) {
                block(section, kind, block);
            }
            note(section);
        }
        section.children.forEach(this::visit);
    }

    private static boolean isProjectList(Section section) {
        var title = section.title.toLowerCase(Locale.ROOT);
        return !section.children.isEmpty() && (title.contains("projects") || title.contains("overview"));
    }

    /** A whole capstone/project section, sub-sections included, is one PROJECT entry. */
    private void project(Section section) {
        var body = new StringBuilder();
        collectProject(section, body, 0);
        add(new ImportItem(
                EntryKind.PROJECT,
                section.title,
                body.toString().strip(),
                null,
                null,
                null,
                List.of(),
                section.title,
                section.line));
    }

    /**
     * Sub-headings keep their depth below the project, not their level in the README (a direct
     * sub-heading is always {@code ###}), so the same project reads the same under "## Capstone"
     * and under "### Capstone" of an exported "## Projects".
     */
    private void collectProject(Section section, StringBuilder body, int depth) {
        if (depth > 0) {
            body.append("#".repeat(Math.min(6, exportLayout ? Math.max(1, section.level - 2) : depth + 2)))
                    .append(' ')
                    .append(section.title)
                    .append("\n\n");
        }
        for (var block : section.blocks) {
            if (isDiagramOrSnippet(block)) {
                block(section, SectionKind.PROJECTS, block);
            } else {
                body.append(source(block)).append("\n\n");
                mark(block, "PROJECT");
            }
        }
        section.children.forEach(child -> collectProject(child, body, depth + 1));
    }

    /** A sub-heading inside a known section: the heading is the item, its blocks its body. */
    private void subSectionItem(Section section, SectionKind kind) {
        var entryKind = switch (kind) {
            case CHALLENGES -> EntryKind.CHALLENGE;
            case PRACTICES -> EntryKind.PRACTICE;
            case GOALS -> EntryKind.GOAL;
            case SNIPPETS -> EntryKind.SNIPPET;
            case DIAGRAMS -> EntryKind.DIAGRAM;
            default -> EntryKind.LEARNING;
        };
        var body = new ArrayList<String>();
        var solution = new ArrayList<String>();
        var technologies = new ArrayList<String>();
        String language = null;
        String diagramFormat = null;
        boolean inSolution = false;
        boolean explicitTechnologies = false;
        var parts = new ArrayList<Object>(section.blocks);
        if (exportLayout) {
            // An exported entry is everything under its heading: its own sub-headings were moved
            // two levels down by the export, and move back here.
            addDescendants(section, parts);
        }
        for (var part : parts) {
            if (part instanceof String heading) {
                (inSolution ? solution : body).add(heading);
                continue;
            }
            var block = (Node) part;
            var raw = source(block);
            var techLine = TECHNOLOGY_LINE.matcher(raw.strip());
            if (block instanceof Paragraph && techLine.matches()) {
                explicitTechnologies = true;
                for (var name : techLine.group(1).split(",")) {
                    if (!name.isBlank() && !name.strip().equalsIgnoreCase("none")) {
                        technologies.add(name.strip());
                    }
                }
                mark(block, entryKind.name());
                continue;
            }
            if (entryKind == EntryKind.CHALLENGE) {
                var label = SOLUTION_LABEL.matcher(raw);
                if (!inSolution && label.matches()) {
                    inSolution = true;
                    raw = label.group(1);
                }
            }
            if (block instanceof FencedCodeBlock code && entryKind == EntryKind.SNIPPET && language == null) {
                language = languageOf(code);
            }
            if (block instanceof FencedCodeBlock code && entryKind == EntryKind.DIAGRAM && diagramFormat == null) {
                diagramFormat = diagramFormat(code);
            }
            if (entryKind != EntryKind.SNIPPET && entryKind != EntryKind.DIAGRAM && isDiagramOrSnippet(block)) {
                block(section, section.kind(), block);
                continue;
            }
            (inSolution ? solution : body).add(raw);
            mark(block, entryKind.name());
        }
        String bodyText = String.join("\n\n", body).strip();
        String solutionText = String.join("\n\n", solution).strip();
        if (entryKind == EntryKind.CHALLENGE && solution.isEmpty() && !exportLayout) {
            var split = narrative(bodyText);
            bodyText = split[0];
            solutionText = split[1];
        }
        if (kind == SectionKind.TECHNOLOGIES && technologies.isEmpty() && !explicitTechnologies) {
            technologies.add(section.title);
        }
        if (entryKind == EntryKind.SNIPPET && language == null) {
            language = "text";
        }
        add(new ImportItem(
                entryKind,
                stripLabel(section.title),
                bodyText,
                entryKind == EntryKind.CHALLENGE ? solutionText : null,
                language,
                diagramFormat,
                technologies,
                section.parent.title,
                section.line));
    }

    private static void addDescendants(Section section, List<Object> parts) {
        for (var child : section.children) {
            parts.add("#".repeat(Math.max(1, child.level - 2)) + " " + child.title);
            parts.addAll(child.blocks);
            addDescendants(child, parts);
        }
    }

    /** One block of a section, by the section's kind. */
    private void block(Section section, SectionKind kind, Node block) {
        if (block instanceof FencedCodeBlock code) {
            code(section, code);
            return;
        }
        if (kind == SectionKind.CONTENTS) {
            skip(block, "table of contents (navigation)");
            return;
        }
        if (isDecoration(block)) {
            skip(block, "image or badge only");
            return;
        }
        switch (kind) {
            case TECHNOLOGIES, CONCEPTS -> learning(section, kind, block);
            case CHALLENGES -> challenges(section, block);
            case PRACTICES -> simple(section, EntryKind.PRACTICE, block);
            case GOALS -> simple(section, EntryKind.GOAL, block);
            default -> {
                // Overview, structure and anything unrecognised: kept in the section's note.
            }
        }
    }

    private void learning(Section section, SectionKind kind, Node block) {
        for (var unit : units(block)) {
            var raw = unitText(unit);
            var named = nameAndDescription(raw);
            if (unit instanceof TableRow row) {
                var cells = cells(row);
                if (cells.size() >= 2 && !cells.getFirst().isBlank()) {
                    addLearning(
                            section,
                            kind,
                            cleanTitle(cells.getFirst()),
                            String.join(" — ", cells.subList(1, cells.size())),
                            unit);
                    continue;
                }
            }
            if (named != null) {
                addLearning(section, kind, named[0], named[1], unit);
            } else if (unit instanceof ListItem && raw.length() <= 80 && !raw.contains("\n")) {
                addLearning(section, kind, cleanTitle(raw), "", unit);
            }
            // Anything else (an intro paragraph...) stays for the section's note.
        }
    }

    private void addLearning(Section section, SectionKind kind, String title, String body, Node unit) {
        if (title.isBlank()) {
            return;
        }
        var technologies =
                kind == SectionKind.TECHNOLOGIES || title.length() <= 40 ? List.of(title) : List.<String>of();
        add(new ImportItem(
                EntryKind.LEARNING, title, body.strip(), null, null, null, technologies, section.title, line(unit)));
        mark(unit, "LEARNING");
    }

    private void challenges(Section section, Node block) {
        if (block instanceof Paragraph paragraph) {
            var raw = source(paragraph);
            var challenge = CHALLENGE_LABEL.matcher(raw);
            if (challenge.matches() && challenge.group(1).isBlank() && paragraph.getNext() instanceof ListBlock list) {
                labelledLists(section, paragraph, list);
                return;
            }
            if (challenge.matches()) {
                var text = challenge.group(1);
                var inline = INLINE_SOLUTION.matcher(text);
                String solution = null;
                if (inline.find()) {
                    solution = text.substring(inline.end()).strip();
                    text = text.substring(0, inline.start()).strip();
                    mark(paragraph, "CHALLENGE");
                } else if (paragraph.getNext() instanceof Paragraph next
                        && SOLUTION_LABEL.matcher(source(next)).matches()) {
                    var label = SOLUTION_LABEL.matcher(source(next));
                    label.matches();
                    solution = label.group(1).strip();
                    mark(paragraph, "CHALLENGE");
                    mark(next, "CHALLENGE");
                } else {
                    mark(paragraph, "CHALLENGE");
                }
                addChallenge(section, text, solution, line(paragraph));
                return;
            }
            if (SOLUTION_LABEL.matcher(raw).matches() && disposition.containsKey(paragraph)) {
                return;
            }
            if (SOLUTION_LABEL.matcher(raw).matches()
                    && !items.isEmpty()
                    && items.getLast().kind() == EntryKind.CHALLENGE) {
                var label = SOLUTION_LABEL.matcher(raw);
                label.matches();
                var last = items.removeLast();
                var solution = ((last.solution() == null ? "" : last.solution() + "\n\n") + label.group(1)).strip();
                items.add(new ImportItem(
                        last.kind(),
                        last.title(),
                        last.body(),
                        solution,
                        null,
                        null,
                        last.technologies(),
                        last.section(),
                        last.line()));
                mark(paragraph, "CHALLENGE");
                return;
            }
            if (looksLikeNarrativeChallenge(raw)) {
                var split = narrative(raw);
                addChallenge(section, split[0], split[1], line(paragraph));
                mark(paragraph, "CHALLENGE");
            }
            return;
        }
        for (var unit : units(block)) {
            if (unit instanceof TableRow row) {
                var cells = cells(row);
                if (!cells.isEmpty() && !cells.getFirst().isBlank()) {
                    var solution = cells.size() > 1 ? String.join("\n\n", cells.subList(1, cells.size())) : "";
                    addChallenge(section, cells.getFirst(), solution, line(row));
                    mark(row, "CHALLENGE");
                }
            } else if (unit instanceof ListItem item) {
                listChallenge(section, item);
            }
        }
    }

    /**
     * "**Challenge:**" over a list, then "**Solution:**" over a list: one challenge whose text and
     * solution are those lists.
     */
    private void labelledLists(Section section, Paragraph label, ListBlock challengeList) {
        var challenge = unitText(challengeList);
        String solution = "";
        mark(label, "CHALLENGE");
        mark(challengeList, "CHALLENGE");
        if (challengeList.getNext() instanceof Paragraph solutionLabel) {
            var matcher = SOLUTION_LABEL.matcher(
                    source(solutionLabel) + (source(solutionLabel).strip().endsWith(":") ? "" : ":"));
            if (matcher.matches()) {
                solution = matcher.group(1);
                mark(solutionLabel, "CHALLENGE");
                if (solutionLabel.getNext() instanceof ListBlock solutionList) {
                    solution = (solution + "\n" + unitText(solutionList)).strip();
                    mark(solutionList, "CHALLENGE");
                }
            }
        }
        addChallenge(section, challenge, solution, line(label));
    }

    /** The list-item shapes of a challenge: nested bullets, bold pairs, "X: Y", or one narrative. */
    private void listChallenge(Section section, ListItem item) {
        var first = item.getFirstChild();
        var lead = first instanceof Paragraph ? source(first) : unitText(item);
        var nested = new ArrayList<String>();
        for (var child = first == null ? null : first.getNext(); child != null; child = child.getNext()) {
            if (child instanceof ListBlock list) {
                for (var sub = list.getFirstChild(); sub != null; sub = sub.getNext()) {
                    nested.add(unitText(sub));
                }
            } else {
                nested.add(source(child));
            }
        }
        var challengeLabel = CHALLENGE_LABEL.matcher(lead);
        String challenge = challengeLabel.matches() ? challengeLabel.group(1) : lead;
        String solution = null;
        var inline = INLINE_SOLUTION.matcher(challenge);
        if (inline.find()) {
            solution = challenge.substring(inline.end()).strip();
            challenge = challenge.substring(0, inline.start()).strip();
        }
        if (!nested.isEmpty()) {
            var parts = new ArrayList<String>();
            for (var text : nested) {
                var label = SOLUTION_LABEL.matcher(text);
                parts.add(label.matches() ? label.group(1).strip() : text.strip());
            }
            solution = ((solution == null ? "" : solution + "\n\n") + String.join("\n", parts)).strip();
        }
        if (solution == null) {
            var named = nameAndDescription(challenge);
            if (named != null && !challengeLabel.matches()) {
                challenge = named[0];
                solution = named[1];
            } else {
                var split = narrative(challenge);
                challenge = split[0];
                solution = split[1];
            }
        }
        addChallenge(section, challenge, solution, line(item));
        mark(item, "CHALLENGE");
    }

    private void addChallenge(Section section, String challenge, String solution, int line) {
        var text = challenge.strip();
        var title = cleanTitle(firstSentence(text));
        add(new ImportItem(
                EntryKind.CHALLENGE,
                title,
                text,
                solution == null ? "" : solution.strip(),
                null,
                null,
                List.of(),
                section.title,
                line));
    }

    /** Practices and goals: every list item, table row or paragraph is one. */
    private void simple(Section section, EntryKind kind, Node block) {
        for (var unit : units(block)) {
            String raw;
            if (unit instanceof TableRow row) {
                var cells = cells(row);
                raw = cells.isEmpty() ? "" : String.join(" — ", cells);
            } else {
                raw = unitText(unit);
            }
            if (raw.isBlank()) {
                continue;
            }
            var named = nameAndDescription(raw);
            var title = named != null ? named[0] : cleanTitle(firstSentence(raw));
            add(new ImportItem(kind, title, raw.strip(), null, null, null, List.of(), section.title, line(unit)));
            mark(unit, kind.name());
        }
    }

    private void code(Section section, FencedCodeBlock code) {
        var literal = code.getLiteral();
        var format = diagramFormat(code);
        if (format != null) {
            add(new ImportItem(
                    EntryKind.DIAGRAM,
                    section.title + " diagram",
                    "```" + code.getInfo().strip() + "\n" + literal + "```",
                    null,
                    null,
                    format,
                    List.of(),
                    section.title,
                    line(code)));
            mark(code, "DIAGRAM");
            return;
        }
        var language = languageOf(code);
        if (TREE.matcher(literal).find() || language == null || literal.isBlank()) {
            // A repository tree or unlabelled block: kept with the section's overview note.
            return;
        }
        add(new ImportItem(
                EntryKind.SNIPPET,
                section.title + " (" + language + ")",
                source(code),
                null,
                language,
                null,
                List.of(),
                section.title,
                line(code)));
        mark(code, "SNIPPET");
    }

    /** Whatever in a section matched no pattern becomes one note, so nothing is lost. */
    private void note(Section section) {
        var rest = new ArrayList<Node>();
        for (var block : section.blocks) {
            for (var unit : units(block)) {
                if (!disposition.containsKey(unit)) {
                    rest.add(unit);
                }
            }
        }
        if (rest.isEmpty()) {
            return;
        }
        var body = new StringBuilder();
        for (var unit : rest) {
            body.append(unit instanceof ListItem ? "- " + unitText(unit).replace("\n", "\n  ") : unitText(unit))
                    .append(unit instanceof ListItem ? "\n" : "\n\n");
            mark(unit, "NOTE");
        }
        var item = new ImportItem(
                EntryKind.LEARNING,
                section.title,
                body.toString().strip(),
                null,
                null,
                null,
                List.of(),
                section.title,
                line(rest.getFirst()));
        noteItems.add(item);
        add(item);
    }

    // --- blocks and text ---------------------------------------------------------------------

    /** The accountable units of a block: list items, table body rows, or the block itself. */
    private static List<Node> units(Node block) {
        var units = new ArrayList<Node>();
        if (block instanceof BulletList || block instanceof OrderedList) {
            for (var item = block.getFirstChild(); item != null; item = item.getNext()) {
                units.add(item);
            }
        } else if (block instanceof TableBlock) {
            for (var part = block.getFirstChild(); part != null; part = part.getNext()) {
                if (part instanceof TableBody) {
                    for (var row = part.getFirstChild(); row != null; row = row.getNext()) {
                        units.add(row);
                    }
                }
            }
        } else {
            units.add(block);
        }
        return units;
    }

    private boolean isDiagramOrSnippet(Node block) {
        return block instanceof FencedCodeBlock code
                && (diagramFormat(code) != null
                        || (languageOf(code) != null
                                && !TREE.matcher(code.getLiteral()).find()));
    }

    private static boolean isDecoration(Node block) {
        if (!(block instanceof Paragraph)) {
            return false;
        }
        for (var child = block.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Image || child instanceof SoftLineBreak) {
                continue;
            }
            if (child instanceof Link link && link.getFirstChild() instanceof Image) {
                continue;
            }
            if (child instanceof Text text && text.getLiteral().isBlank()) {
                continue;
            }
            return false;
        }
        return true;
    }

    private static String languageOf(FencedCodeBlock code) {
        var info = code.getInfo() == null
                ? ""
                : code.getInfo().strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
        return info.isEmpty() || info.equals("text") || info.equals("plaintext") || info.equals("txt") ? null : info;
    }

    private static String diagramFormat(FencedCodeBlock code) {
        var info = code.getInfo() == null ? "" : code.getInfo().strip().toLowerCase(Locale.ROOT);
        if (info.startsWith("mermaid")) {
            return "MERMAID";
        }
        if (info.startsWith("dbml")) {
            return "DBML";
        }
        if (info.startsWith("plantuml") || info.startsWith("puml")) {
            return "PLANTUML";
        }
        return null;
    }

    /** "**Name** - description", "**Name:** description", "Name: description". */
    private static String[] nameAndDescription(String raw) {
        var bold = BOLD_LEAD.matcher(raw);
        if (bold.matches()) {
            var name = cleanTitle(bold.group(1));
            if (!name.isEmpty() && name.length() <= 120) {
                return new String[] {name, bold.group(2).strip()};
            }
        }
        var plain = NAME_LEAD.matcher(raw);
        if (plain.matches()
                && !plain.group(1).contains("http")
                && plain.group(1).split("\\s+").length <= 6) {
            return new String[] {cleanTitle(plain.group(1)), plain.group(2).strip()};
        }
        return null;
    }

    /** A challenge told as a story: the text before the first sentence about the fix, and the rest. */
    private static String[] narrative(String text) {
        var sentences = text.split("(?<=[.!?])\\s+");
        for (int i = 1; i < sentences.length; i++) {
            if (SOLUTION_CUE.matcher(sentences[i]).find()) {
                return new String[] {
                    String.join(" ", Arrays.copyOfRange(sentences, 0, i)).strip(),
                    String.join(" ", Arrays.copyOfRange(sentences, i, sentences.length))
                            .strip()
                };
            }
        }
        return new String[] {text.strip(), ""};
    }

    private static boolean looksLikeNarrativeChallenge(String raw) {
        return raw.length() > 40 && SOLUTION_CUE.matcher(raw).find();
    }

    private static String firstSentence(String text) {
        var plain = text.strip().split("\n")[0];
        var end = plain.split("(?<=[.!?])\\s+")[0];
        return end.length() > 120 ? end.substring(0, 117).strip() + "…" : end;
    }

    private static List<String> cells(TableRow row) {
        var cells = new ArrayList<String>();
        for (var cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell) {
                cells.add(inlineText(cell).strip());
            }
        }
        return cells;
    }

    /** The plain text of inline content (table cells have no source spans of their own). */
    private static String inlineText(Node node) {
        var text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append('`').append(code.getLiteral()).append('`');
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                text.append('\n');
            }
        });
        return text.toString();
    }

    /** The markdown of a unit: a list item without its marker, a row as its cells, a block as written. */
    private String unitText(Node unit) {
        if (unit instanceof ListBlock) {
            return source(unit);
        }
        if (unit instanceof ListItem) {
            var parts = new ArrayList<String>();
            for (var child = unit.getFirstChild(); child != null; child = child.getNext()) {
                parts.add(source(child));
            }
            return String.join("\n", parts).strip();
        }
        if (unit instanceof TableRow row) {
            return String.join(" | ", cells(row));
        }
        return source(unit);
    }

    /** The README text a block came from (its source spans). */
    private String source(Node node) {
        var spans = node.getSourceSpans();
        if (spans == null || spans.isEmpty()) {
            return TEXT.render(node).strip();
        }
        var out = new StringBuilder();
        var minIndent = Integer.MAX_VALUE;
        for (var span : spans) {
            minIndent = Math.min(minIndent, span.getColumnIndex());
        }
        for (var span : spans) {
            var line = lines.get(span.getLineIndex());
            var start = Math.min(line.length(), span.getColumnIndex());
            var end = Math.min(line.length(), start + span.getLength());
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(" ".repeat(Math.max(0, span.getColumnIndex() - minIndent)))
                    .append(line, start, end);
        }
        return out.toString().strip();
    }

    private static int line(Node node) {
        var spans = node.getSourceSpans();
        return spans == null || spans.isEmpty() ? 0 : spans.getFirst().getLineIndex() + 1;
    }

    private static String text(Node node) {
        return TEXT.render(node).strip();
    }

    /** Titles without emoji decoration, numbering, markdown marks or trailing colons. */
    static String cleanTitle(String raw) {
        var text = raw.replaceAll("[*_`#>]+", "")
                .replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1")
                .codePoints()
                .filter(cp -> !isDecoration(cp))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString()
                .replaceAll("\\s+", " ")
                .strip();
        text = LEADING_NUMBER.matcher(text).replaceFirst("");
        text = text.replaceAll("^[-–—:•.)\\s]+|[\\s:：\\-–—]+$", "");
        return text.length() > 200 ? text.substring(0, 199).strip() + "…" : text;
    }

    private static String stripLabel(String title) {
        return title.replaceFirst("(?i)^(challenge|problem)\\s*\\d*\\s*[:：\\-–—]\\s*", "")
                .strip();
    }

    private static boolean isDecoration(int codePoint) {
        var type = Character.getType(codePoint);
        return type == Character.OTHER_SYMBOL
                || type == Character.SURROGATE
                || type == Character.PRIVATE_USE
                || codePoint == 0x200D
                || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
                || (codePoint >= 0x1F3FB && codePoint <= 0x1F3FF)
                || codePoint == 0x20E3;
    }

    // --- bookkeeping ---------------------------------------------------------------------------

    private void add(ImportItem item) {
        if (item.title().isBlank()) {
            warnings.add("line " + item.line() + ": an entry without a title was left out");
            return;
        }
        items.add(item);
    }

    /** Records what became of a unit, or of every unit of a block (a whole list, a whole table). */
    private void mark(Node node, String how) {
        disposition.putIfAbsent(node, how);
        for (var unit : units(node)) {
            disposition.putIfAbsent(unit, how);
        }
    }

    private void skip(Node block, String reason) {
        for (var unit : units(block)) {
            mark(unit, "SKIPPED");
            skipped.add(new ParseReport.Skipped(line(unit), reason));
        }
    }

    private ParseReport report(Node document, int repairs) {
        var all = new ArrayList<Node>();
        collectUnits(document, all);
        int inEntries = 0;
        int inNotes = 0;
        int unaccounted = 0;
        for (var unit : all) {
            var how = disposition.get(unit);
            if (how == null) {
                unaccounted++;
                warnings.add("line " + line(unit) + ": block not accounted for");
            } else if (how.equals("NOTE")) {
                inNotes++;
            } else if (!how.equals("SKIPPED")) {
                inEntries++;
            }
        }
        var perKind = new TreeMap<String, Integer>();
        for (var item : items) {
            perKind.merge(noteItems.contains(item) ? "NOTE" : item.kind().name(), 1, Integer::sum);
        }
        return new ParseReport(
                List.copyOf(sectionTitles),
                new LinkedHashMap<>(perKind),
                all.size(),
                inEntries,
                inNotes,
                List.copyOf(skipped),
                unaccounted,
                repairs,
                List.copyOf(warnings));
    }

    /** Every paragraph, list item, table row and code block at any section level. */
    private static void collectUnits(Node document, List<Node> all) {
        for (var node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph
                    || node instanceof ListBlock
                    || node instanceof TableBlock
                    || node instanceof FencedCodeBlock
                    || node instanceof IndentedCodeBlock
                    || node instanceof HtmlBlock
                    || node instanceof BlockQuote) {
                all.addAll(units(node));
            }
        }
    }
}
