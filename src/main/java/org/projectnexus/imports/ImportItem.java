package org.projectnexus.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.projectnexus.entries.EntryKind;

/**
 * One entry the importer found, before it is committed.
 *
 * @param section the heading of the section it came from
 * @param line the 1-based line of the README it starts at
 */
record ImportItem(
        EntryKind kind,
        String title,
        String body,
        String solution,
        String language,
        String diagramFormat,
        List<String> technologies,
        String section,
        int line) {

    ImportItem {
        technologies = List.copyOf(technologies);
    }

    /** Identifies "the same entry" across re-imports: its kind and normalised title. */
    String sourceKey() {
        return kind + ":"
                + title.toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N}]+", " ")
                        .strip();
    }

    /** Changes when anything a re-import would write changes (not the order technologies are named in). */
    String fingerprint() {
        var content = String.join(
                "\u0000",
                kind.name(),
                title,
                body == null ? "" : body.strip(),
                solution == null ? "" : solution.strip(),
                language == null ? "" : language,
                diagramFormat == null ? "" : diagramFormat,
                String.join(
                        ",",
                        technologies.stream()
                                .sorted(String.CASE_INSENSITIVE_ORDER)
                                .toList()));
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
