package org.projectnexus.accounts;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.projectnexus.shared.CursorPage;

/** Looks members up for other modules. */
public interface Members {

    Optional<MemberSummary> findByHandle(String handle);

    /** A member's public profile. */
    Optional<MemberProfile> profile(String handle);

    /** The member directory by handle, filtered by track and cohort; cursor-paginated. */
    CursorPage<MemberProfile> directory(Track track, String cohort, Integer limit, String cursor);

    /** Many at once (one query), for pages of content with their authors. */
    Map<UUID, MemberSummary> findAllById(Collection<UUID> ids);

    /**
     * Where to write to an active member (for email notifications); empty for unknown or suspended
     * members.
     */
    Optional<Contact> contact(UUID memberId);

    /** An email address with the name to greet. */
    record Contact(UUID id, String handle, String displayName, String email) {}
}
