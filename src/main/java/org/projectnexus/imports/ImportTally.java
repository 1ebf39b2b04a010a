package org.projectnexus.imports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What a commit did, item by item: the job's result, and what followers are told. */
final class ImportTally {

    private final List<ImportService.Outcome> outcomes = new ArrayList<>();
    private final Set<String> publishedTechnologies = new LinkedHashSet<>();
    private int created;
    private int updated;
    private int unchanged;
    private int published;

    void created(String key, UUID entryId) {
        created++;
        outcomes.add(new ImportService.Outcome(key, "created", entryId.toString()));
    }

    void updated(String key, UUID entryId) {
        updated++;
        outcomes.add(new ImportService.Outcome(key, "updated", entryId.toString()));
    }

    void unchanged(String key, UUID entryId) {
        unchanged++;
        outcomes.add(new ImportService.Outcome(key, "unchanged", entryId.toString()));
    }

    /** The entry became public with this import, about these (known) technologies. */
    void published(List<String> technologies) {
        published++;
        publishedTechnologies.addAll(technologies);
    }

    int published() {
        return published;
    }

    Set<String> publishedTechnologies() {
        return publishedTechnologies;
    }

    ImportService.Result result() {
        return new ImportService.Result(created, updated, unchanged, List.copyOf(outcomes));
    }
}
