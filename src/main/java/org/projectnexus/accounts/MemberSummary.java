package org.projectnexus.accounts;

import java.util.UUID;

/** The public face of a member, for other modules (authors, reviewers, followers). */
public record MemberSummary(UUID id, String handle, String displayName, Track track, String cohort) {}
