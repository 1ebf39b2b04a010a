package org.projectnexus.collaboration;

import java.util.List;
import java.util.UUID;

/**
 * A comment was written on a public entry.
 *
 * @param parentAuthorId the author of the comment replied to, or {@code null} for a top-level one
 * @param mentions lower-case handles the comment mentions (may name nobody)
 */
public record CommentPosted(
        UUID commentId,
        UUID entryId,
        String entryTitle,
        UUID entryAuthorId,
        UUID authorId,
        UUID parentAuthorId,
        List<String> mentions) {}
