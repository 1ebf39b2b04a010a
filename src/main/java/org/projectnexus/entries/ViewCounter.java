package org.projectnexus.entries;

import jakarta.annotation.PreDestroy;
import java.util.HashMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.projectnexus.accounts.CurrentMember;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts entry views in memory and writes them in one statement every few seconds: a popular entry
 * read a thousand times costs one row update, not a thousand contended ones. Views of the last
 * seconds before a crash are lost, which a popularity signal can afford.
 */
@Component
class ViewCounter {

    private final ConcurrentHashMap<UUID, LongAdder> pending = new ConcurrentHashMap<>();
    private final EntryRepository entries;

    ViewCounter(EntryRepository entries) {
        this.entries = entries;
    }

    /** A read of the entry in full; authors reading their own entries do not count. */
    void viewedBy(CurrentMember viewer, Entry entry) {
        if (viewer == null || !viewer.id().equals(entry.authorId())) {
            viewed(entry.id());
        }
    }

    void viewed(UUID entryId) {
        pending.computeIfAbsent(entryId, id -> new LongAdder()).increment();
    }

    @Scheduled(fixedDelayString = "${nexus.entries.view-flush-interval:PT5S}")
    @PreDestroy
    void flush() {
        var batch = new HashMap<UUID, Long>();
        for (var id : pending.keySet()) {
            var adder = pending.remove(id);
            if (adder != null) {
                batch.put(id, adder.sum());
            }
        }
        entries.addViews(batch);
    }
}
