package org.projectnexus.collaboration;

import java.time.Instant;
import org.projectnexus.accounts.Track;

/**
 * A comment as pages show it; a deleted one keeps its place in the thread with no author or text.
 *
 * @param bodyHtml the markdown rendered and sanitized
 * @param accepted whether it is the accepted solution of its challenge
 */
public record EntryComment(
        String id,
        String parentId,
        String authorHandle,
        String authorName,
        Track authorTrack,
        String bodyHtml,
        boolean deleted,
        boolean accepted,
        Instant createdAt,
        Instant updatedAt) {}
