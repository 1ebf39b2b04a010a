package org.projectnexus.accounts;

import java.util.UUID;

/** A member was suspended: their tokens stopped working at once. */
public record MemberSuspended(UUID memberId, String handle, UUID suspendedBy) {}
