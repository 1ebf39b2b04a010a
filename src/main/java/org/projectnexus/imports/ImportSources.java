package org.projectnexus.imports;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.projectnexus.entries.Entries;
import org.projectnexus.entries.EntryKind;
import org.projectnexus.imports.ImportJobRepository.Source;

/**
 * What each item of one upload already is. An item is identified by its source file and its kind
 * and title ({@link #key}), so "Python" in two READMEs of one member is two entries, each updated
 * only by its own file. An item no import has written yet may take over an entry of the member
 * with the same kind and title that no import wrote either (written in the app, then exported),
 * instead of duplicating it; each such entry is taken by one item at most.
 */
final class ImportSources {

    private final ImportJobRepository jobs;
    private final Entries entries;
    private final UUID memberId;
    private final Set<UUID> taken = new HashSet<>();
    private Map<String, Source> unclaimed;

    ImportSources(ImportJobRepository jobs, Entries entries, UUID memberId) {
        this.jobs = jobs;
        this.entries = entries;
        this.memberId = memberId;
    }

    /** The source key of an item: the file it came from, then its kind and title. */
    static String key(String sourceFile, String itemKey) {
        return sourceFile + "|" + itemKey;
    }

    /** The kind-and-title part of a source key (titles are normalised: they hold no "|"). */
    static String itemKeyOf(String key) {
        return key.substring(key.lastIndexOf('|') + 1);
    }

    /**
     * The file an item came from as the member named it: the upload for a README, the upload and
     * the path inside it for a file of an archive (two repositories both have a README.md).
     */
    static String sourceFile(String uploadName, String fileInUpload) {
        return UploadReader.isArchive(uploadName) ? uploadName + "!/" + fileInUpload : fileInUpload;
    }

    /** The entry an item with this key is already, or null if it is new. */
    Source find(String key, String itemKey) {
        var source = jobs.source(memberId, key)
                .filter(s -> entries.exists(s.entryId()))
                .orElseGet(() -> unclaimed().get(itemKey));
        if (source == null || !taken.add(source.entryId())) {
            return null;
        }
        return source;
    }

    /** Entries of the member no import wrote, by kind and title, loaded when first needed. */
    private Map<String, Source> unclaimed() {
        if (unclaimed == null) {
            unclaimed = load();
        }
        return unclaimed;
    }

    private Map<String, Source> load() {
        var imported = jobs.importedEntries(memberId);
        var byKey = new HashMap<String, Source>();
        var seen = new HashMap<String, Integer>();
        for (var entry : entries.allBy(memberId, true)) {
            var id = UUID.fromString(entry.id());
            if (imported.contains(id)) {
                continue;
            }
            var item = new ImportItem(
                    entry.kind(),
                    entry.title(),
                    entry.body(),
                    entry.kind() == EntryKind.CHALLENGE ? (entry.solution() == null ? "" : entry.solution()) : null,
                    entry.kind() == EntryKind.SNIPPET ? entry.language() : null,
                    entry.diagram() == null ? null : entry.diagram().format(),
                    entry.technologies().stream().map(t -> t.name()).toList(),
                    "",
                    0);
            var key = item.sourceKey();
            var n = seen.merge(key, 1, Integer::sum);
            byKey.put(n > 1 ? key + "#" + n : key, new Source(id, item.fingerprint()));
        }
        return byKey;
    }
}
