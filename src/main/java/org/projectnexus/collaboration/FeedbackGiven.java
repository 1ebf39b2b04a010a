package org.projectnexus.collaboration;

import java.util.UUID;

/** API-design feedback was given (or changed, {@code updated}) on a project. */
public record FeedbackGiven(UUID entryId, String entryTitle, UUID projectAuthorId, UUID reviewerId, boolean updated) {}
