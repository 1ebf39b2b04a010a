package org.projectnexus.entries;

import java.util.List;
import java.util.UUID;

/** An entry became public (created public, or a draft published). */
public record EntryPublished(UUID entryId, UUID authorId, EntryKind kind, String title, List<UUID> technologyIds) {}
