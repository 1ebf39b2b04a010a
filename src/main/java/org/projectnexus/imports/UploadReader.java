package org.projectnexus.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.projectnexus.entries.EntryKind;
import org.projectnexus.shared.ProblemException;

/**
 * Turns an upload into import items: a README ({@code .md}) through the parser, or a repository
 * archive ({@code .zip}) by its conventional layout: {@code README.md} and {@code docs/*.md} parsed
 * like a README, each {@code projects/*.md} one project, each file of {@code diagrams/} and
 * {@code snippets/} one diagram or snippet. Everything else in the archive is counted and named in
 * a warning, never imported silently or dropped silently.
 */
final class UploadReader {

    /** An item with the file it came from and whether it is a note (unclassified text). */
    record Sourced(ImportItem item, String file, boolean note) {}

    /** What became of one file: its parse report for READMEs, or the one entry it gave. */
    record FileReport(String path, String role, ParseReport report) {}

    record Read(List<Sourced> items, List<FileReport> files, List<String> warnings) {}

    private static final Pattern H1 = Pattern.compile("\\A\\s*#\\s+(.+?)\\s*#*\\s*(?:\\n|\\z)");
    private static final Map<String, String> DIAGRAM_FORMATS = Map.of(
            "mmd", "MERMAID",
            "mermaid", "MERMAID",
            "dbml", "DBML",
            "puml", "PLANTUML",
            "plantuml", "PLANTUML",
            "pu", "PLANTUML");
    private static final int LISTED_IGNORED = 10;

    private UploadReader() {}

    static boolean isArchive(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /** Checks an upload before it is queued, so a bad one is a clear 4xx at once. */
    static void validate(String fileName, byte[] content) {
        var lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".zip")) {
            var read = read(fileName, content);
            if (read.items().isEmpty()) {
                throw ProblemException.invalid(
                        "file",
                        "the archive holds nothing to import: expected README.md, docs/*.md, projects/*.md,"
                                + " diagrams/ or snippets/");
            }
        } else if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            if (RepositoryArchive.utf8(content) == null) {
                throw ProblemException.invalid(
                        "file", "is not UTF-8 text (binary, or saved in another encoding): save it as UTF-8");
            }
        } else {
            throw ProblemException.invalid("file", "must be a README (.md) or a repository archive (.zip)");
        }
    }

    static Read read(String fileName, byte[] content) {
        if (!isArchive(fileName)) {
            var text = RepositoryArchive.utf8(content);
            if (text == null) {
                throw ProblemException.invalid("file", "is not UTF-8 text");
            }
            var items = new ArrayList<Sourced>();
            var files = new ArrayList<FileReport>();
            readme(fileName, text, items, files);
            return new Read(items, files, List.of());
        }
        var archive = RepositoryArchive.read(content);
        var items = new ArrayList<Sourced>();
        var files = new ArrayList<FileReport>();
        var warnings = new ArrayList<>(archive.warnings());
        var ignored = new ArrayList<String>();
        for (var file : archive.files()) {
            var path = file.path();
            var lower = path.toLowerCase(Locale.ROOT);
            var name = lower.substring(lower.lastIndexOf('/') + 1);
            if (lower.equals("readme.md") || (lower.startsWith("docs/") && isMarkdown(name))) {
                readme(path, file.text(), items, files);
            } else if (lower.startsWith("projects/") && isMarkdown(name)) {
                items.add(new Sourced(project(path, file.text()), path, false));
                files.add(new FileReport(path, "project", null));
            } else if (lower.startsWith("diagrams/") && isMarkdown(name)) {
                readme(path, file.text(), items, files);
            } else if (lower.startsWith("diagrams/") && DIAGRAM_FORMATS.containsKey(extension(name))) {
                var format = DIAGRAM_FORMATS.get(extension(name));
                items.add(new Sourced(
                        new ImportItem(
                                EntryKind.DIAGRAM,
                                titleOf(path),
                                fenced(format.toLowerCase(Locale.ROOT), file.text()),
                                null,
                                null,
                                format,
                                List.of(),
                                "diagrams",
                                1),
                        path,
                        false));
                files.add(new FileReport(path, "diagram", null));
            } else if (lower.startsWith("snippets/") && !name.startsWith(".")) {
                var language = RepositoryArchive.languageOf(path);
                items.add(new Sourced(
                        new ImportItem(
                                EntryKind.SNIPPET,
                                path.substring(path.lastIndexOf('/') + 1),
                                fenced(language == null ? "" : language, file.text()),
                                null,
                                language == null ? "text" : language,
                                null,
                                List.of(),
                                "snippets",
                                1),
                        path,
                        false));
                files.add(new FileReport(path, "snippet", null));
            } else {
                ignored.add(path);
            }
        }
        if (!ignored.isEmpty()) {
            warnings.add(ignored.size() + " file(s) not imported (only README.md, docs/, projects/, diagrams/ and"
                    + " snippets/ are read): "
                    + String.join(", ", ignored.subList(0, Math.min(LISTED_IGNORED, ignored.size())))
                    + (ignored.size() > LISTED_IGNORED ? ", …" : ""));
        }
        return new Read(items, files, warnings);
    }

    private static void readme(String path, String text, List<Sourced> items, List<FileReport> files) {
        var parsed = ReadmeParser.parse(text);
        for (var item : parsed.items()) {
            items.add(new Sourced(item, path, parsed.isNote(item)));
        }
        files.add(new FileReport(path, "readme", parsed.report()));
    }

    /** A project file: its first heading is the title, the rest the summary. */
    private static ImportItem project(String path, String text) {
        var repaired = Mojibake.repair(text.replace("\r\n", "\n")).text();
        var heading = H1.matcher(repaired);
        String title;
        String body;
        if (heading.find()) {
            title = ReadmeParser.cleanTitle(heading.group(1));
            body = repaired.substring(heading.end());
        } else {
            title = titleOf(path);
            body = repaired;
        }
        return new ImportItem(
                EntryKind.PROJECT,
                title.isBlank() ? titleOf(path) : title,
                body.strip(),
                null,
                null,
                null,
                List.of(),
                "projects",
                1);
    }

    private static String fenced(String info, String code) {
        var fence = code.contains("```") ? "~~~~" : "```";
        return fence + info + "\n" + code.stripTrailing() + "\n" + fence;
    }

    /** "diagrams/user-erd.mmd" → "User erd". */
    static String titleOf(String path) {
        var name = path.substring(path.lastIndexOf('/') + 1);
        var dot = name.lastIndexOf('.');
        var base = (dot > 0 ? name.substring(0, dot) : name)
                .replaceAll("[-_]+", " ")
                .strip();
        return base.isEmpty() ? name : Character.toUpperCase(base.charAt(0)) + base.substring(1);
    }

    private static boolean isMarkdown(String name) {
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    private static String extension(String name) {
        var dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    /** Counts per kind, notes apart, for the job resource. */
    static Map<String, Integer> counts(List<Sourced> items) {
        var counts = new LinkedHashMap<String, Integer>();
        for (var kind : EntryKind.values()) {
            counts.put(kind.name(), 0);
        }
        counts.put("NOTE", 0);
        for (var sourced : items) {
            counts.merge(sourced.note() ? "NOTE" : sourced.item().kind().name(), 1, Integer::sum);
        }
        return counts;
    }
}
