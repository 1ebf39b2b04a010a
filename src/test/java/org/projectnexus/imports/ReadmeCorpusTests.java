package org.projectnexus.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Runs the parser over the real learner READMEs in {@code ../shared/corpus/readmes/} when that
 * folder is there (it is data beside the repository, not part of it) and writes a per-file report
 * to {@code target/import-corpus-report.md}. Every block of every file must be accounted for.
 */
@EnabledIf("corpusPresent")
class ReadmeCorpusTests {

    static final Path CORPUS = Path.of("../shared/corpus/readmes");

    static boolean corpusPresent() {
        return Files.isDirectory(CORPUS);
    }

    @Test
    void everyBlockOfEveryCorpusReadmeIsAccountedFor() throws IOException {
        var report =
                new StringBuilder("| file | sections | entries per kind | blocks | in entries | in notes | skipped |"
                        + " unaccounted | mojibake repaired |\n|---|---|---|---|---|---|---|---|---|\n");
        var totals = new TreeMap<String, Integer>();
        var unaccounted = new ArrayList<String>();
        int files = 0;
        int blocks = 0;
        int inNotes = 0;
        try (var paths = Files.list(CORPUS)) {
            for (var path :
                    paths.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                var parsed = ReadmeParser.parse(Files.readString(path, StandardCharsets.UTF_8));
                var r = parsed.report();
                files++;
                blocks += r.blocks();
                inNotes += r.blocksInNotes();
                r.entriesPerKind().forEach((k, v) -> totals.merge(k, v, Integer::sum));
                if (r.unaccounted() > 0) {
                    unaccounted.add(path.getFileName() + ": " + r.unaccounted());
                }
                report.append("| ")
                        .append(path.getFileName())
                        .append(" | ")
                        .append(r.sections().size())
                        .append(" | ")
                        .append(r.entriesPerKind())
                        .append(" | ")
                        .append(r.blocks())
                        .append(" | ")
                        .append(r.blocksInEntries())
                        .append(" | ")
                        .append(r.blocksInNotes())
                        .append(" | ")
                        .append(r.skipped().size())
                        .append(" | ")
                        .append(r.unaccounted())
                        .append(" | ")
                        .append(r.mojibakeRepairs())
                        .append(" |\n");
            }
        }
        report.append("\nTotals: ")
                .append(files)
                .append(" files, ")
                .append(blocks)
                .append(" blocks, ")
                .append(inNotes)
                .append(" in notes, entries ")
                .append(totals)
                .append('\n');
        // Parse throughput for the record (not a check: timings belong in bench/, this is a hint).
        var texts = new ArrayList<String>();
        try (var paths = Files.list(CORPUS)) {
            for (var path :
                    paths.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                texts.add(Files.readString(path, StandardCharsets.UTF_8));
            }
        }
        texts.forEach(ReadmeParser::parse);
        var started = System.nanoTime();
        for (int round = 0; round < 5; round++) {
            texts.forEach(ReadmeParser::parse);
        }
        var seconds = (System.nanoTime() - started) / 1e9;
        report.append(String.format(
                java.util.Locale.ROOT,
                "Parse only, warm, one thread: %.0f READMEs/s (%d parses in %.2f s)%n",
                texts.size() * 5 / seconds,
                texts.size() * 5,
                seconds));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/import-corpus-report.md"), report);
        assertThat(files).isGreaterThan(0);
        assertThat(unaccounted).isEmpty();
        assertThat(totals).containsKeys("LEARNING", "CHALLENGE", "PRACTICE");
        assertThat(totals.getOrDefault("CHALLENGE", 0)).isGreaterThan(files);
    }
}
