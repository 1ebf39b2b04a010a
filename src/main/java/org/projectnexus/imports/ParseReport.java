package org.projectnexus.imports;

import java.util.List;
import java.util.Map;

/**
 * What the parser did with every block of the README: each paragraph, list item, table row and
 * code block is either part of an entry or skipped for a stated reason. {@code unaccounted} must
 * be 0.
 */
record ParseReport(
        List<String> sections,
        Map<String, Integer> entriesPerKind,
        int blocks,
        int blocksInEntries,
        int blocksInNotes,
        List<Skipped> skipped,
        int unaccounted,
        int mojibakeRepairs,
        List<String> warnings) {

    record Skipped(int line, String reason) {}
}
