package org.projectnexus.collaboration;

import java.util.UUID;

/** A comment was marked as the solution of a challenge; {@code endorsed} when a mentor marked it. */
public record SolutionAccepted(
        UUID entryId, String entryTitle, UUID commentId, UUID commentAuthorId, UUID markedBy, boolean endorsed) {}
