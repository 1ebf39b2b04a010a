package org.projectnexus.entries;

import java.util.UUID;

/** An entry was deleted by its author or a moderator. */
public record EntryDeleted(UUID entryId, UUID authorId, UUID deletedBy) {}
