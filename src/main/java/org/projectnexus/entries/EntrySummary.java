package org.projectnexus.entries;

import java.time.Instant;
import java.util.List;
import org.projectnexus.accounts.MemberSummary;

/** An entry in a list (listing, search, hub, feed): no full body, an excerpt instead. */
public record EntrySummary(
        String id,
        EntryKind kind,
        String title,
        String excerpt,
        List<EntryView.TechnologyItem> technologies,
        MemberSummary author,
        Visibility visibility,
        boolean hasSolution,
        long views,
        Engagement engagement,
        Instant createdAt,
        Instant updatedAt) {}
