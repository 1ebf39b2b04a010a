package org.projectnexus.entries;

import java.time.Instant;
import java.util.UUID;

/** One saved version of an entry: which, when and by whom (the author, or a moderator). */
public record EntryRevision(int version, Instant savedAt, UUID savedBy) {}
