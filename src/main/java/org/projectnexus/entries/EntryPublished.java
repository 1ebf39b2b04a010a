package org.projectnexus.entries;

import java.util.List;
import java.util.UUID;

/**
 * An entry became public (created public, or a draft published).
 *
 * @param imported written by an import, which announces all its entries at once ({@code
 *     ImportCommitted}), so followers are not told of each one
 */
public record EntryPublished(
        UUID entryId, UUID authorId, EntryKind kind, String title, List<UUID> technologyIds, boolean imported) {}
