package org.projectnexus.entries;

import java.util.List;
import java.util.UUID;

/**
 * A public entry newly mentions members ({@code @handle} in its body or solution): on publication,
 * or when an edit adds a mention. Handles are lower-case and may name nobody.
 */
public record EntryMentioned(UUID entryId, UUID authorId, String title, List<String> handles) {}
