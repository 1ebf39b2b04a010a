package org.projectnexus.imports;

import java.util.List;
import java.util.UUID;

/**
 * An import was committed: what it did, for one notification to followers instead of one per
 * entry (the entries' own {@code EntryPublished} events say {@code imported}).
 *
 * @param jobId the import job
 * @param memberId whose entries they are
 * @param published how many entries became public with it (new public ones, drafts made public)
 * @param technologyIds the technologies of those entries, for members who follow them
 */
public record ImportCommitted(
        UUID jobId, UUID memberId, int created, int updated, int unchanged, int published, List<UUID> technologyIds) {}
