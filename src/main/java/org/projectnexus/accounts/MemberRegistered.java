package org.projectnexus.accounts;

import java.util.UUID;

/** A new member joined. */
public record MemberRegistered(UUID memberId, String handle, Track track, String cohort) {}
