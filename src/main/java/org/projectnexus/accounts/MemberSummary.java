package org.projectnexus.accounts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.UUID;

/**
 * The public face of a member, for other modules (authors, reviewers, followers).
 *
 * @param id for other modules and GraphQL; REST addresses members by handle only
 */
public record MemberSummary(@JsonIgnore UUID id, String handle, String displayName, Track track, String cohort) {}
