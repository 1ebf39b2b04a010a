package org.projectnexus.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.projectnexus.shared.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * Reads a learner's repository archive defensively: entry count, per-file and total uncompressed
 * size are counted while inflating (headers can lie: zip bombs), names that climb out of the
 * archive are refused, and files that are not UTF-8 text are reported and left out.
 */
final class RepositoryArchive {

    static final int MAX_ENTRIES = 500;
    static final long MAX_FILE_BYTES = 2L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 20L * 1024 * 1024;

    /** A text file of the archive, by path relative to the repository root. */
    record TextFile(String path, String text) {}

    record Contents(List<TextFile> files, List<String> warnings) {}

    private static final Map<String, String> LANGUAGES = Map.ofEntries(
            Map.entry("py", "python"),
            Map.entry("js", "javascript"),
            Map.entry("ts", "typescript"),
            Map.entry("java", "java"),
            Map.entry("sql", "sql"),
            Map.entry("sh", "bash"),
            Map.entry("go", "go"),
            Map.entry("rb", "ruby"),
            Map.entry("php", "php"),
            Map.entry("kt", "kotlin"),
            Map.entry("rs", "rust"),
            Map.entry("yml", "yaml"),
            Map.entry("yaml", "yaml"),
            Map.entry("json", "json"),
            Map.entry("c", "c"),
            Map.entry("cpp", "cpp"),
            Map.entry("cs", "csharp"),
            Map.entry("dockerfile", "dockerfile"));

    private RepositoryArchive() {}

    static Contents read(byte[] zip) {
        var files = new ArrayList<TextFile>();
        var warnings = new ArrayList<String>();
        long total = 0;
        int entries = 0;
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw refused("The archive has more than " + MAX_ENTRIES + " entries.");
                }
                var name = entry.getName().replace('\\', '/');
                if (name.startsWith("/") || name.matches("^[A-Za-z]:.*") || ("/" + name + "/").contains("/../")) {
                    throw refused("The archive entry '" + name + "' points outside the archive (path traversal).");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                var bytes = new ByteArrayOutputStream();
                var buffer = new byte[8192];
                long size = 0;
                for (int n; (n = in.read(buffer)) > 0; ) {
                    size += n;
                    total += n;
                    if (total > MAX_TOTAL_BYTES) {
                        throw tooLarge("The archive unpacks to more than " + MAX_TOTAL_BYTES / (1024 * 1024) + " MB.");
                    }
                    if (size > MAX_FILE_BYTES) {
                        throw tooLarge(
                                "'" + name + "' unpacks to more than " + MAX_FILE_BYTES / (1024 * 1024) + " MB.");
                    }
                    bytes.write(buffer, 0, n);
                }
                var text = utf8(bytes.toByteArray());
                if (text == null) {
                    warnings.add(name + ": not UTF-8 text (binary or another encoding), left out");
                    continue;
                }
                files.add(new TextFile(name, text));
            }
        } catch (ZipException e) {
            throw refused("The file is not a valid zip archive: " + e.getMessage());
        } catch (IOException e) {
            throw refused("The archive could not be read: " + e.getMessage());
        }
        if (entries == 0) {
            throw refused("The archive is empty or not a zip file.");
        }
        return new Contents(stripCommonFolder(files), warnings);
    }

    /** GitHub's "Download ZIP" puts everything under {@code repo-main/}: read paths from inside it. */
    private static List<TextFile> stripCommonFolder(List<TextFile> files) {
        if (files.isEmpty()) {
            return files;
        }
        var first = files.getFirst().path();
        var slash = first.indexOf('/');
        if (slash < 0) {
            return files;
        }
        var prefix = first.substring(0, slash + 1);
        if (files.stream().allMatch(f -> f.path().startsWith(prefix))) {
            return files.stream()
                    .map(f -> new TextFile(f.path().substring(prefix.length()), f.text()))
                    .toList();
        }
        return files;
    }

    static String languageOf(String path) {
        var name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (name.equals("dockerfile")) {
            return "dockerfile";
        }
        var dot = name.lastIndexOf('.');
        return dot < 0 ? null : LANGUAGES.get(name.substring(dot + 1));
    }

    /** Strict UTF-8 text, or {@code null} for binary (NUL bytes) or other encodings. */
    static String utf8(byte[] bytes) {
        for (var b : bytes) {
            if (b == 0) {
                return null;
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static ProblemException refused(String detail) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-archive", "Invalid archive", detail);
    }

    private static ProblemException tooLarge(String detail) {
        return new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "archive-too-large", "Archive too large", detail);
    }
}
