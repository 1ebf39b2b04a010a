package org.projectnexus.accounts;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Looks members up for other modules. */
public interface Members {

    Optional<MemberSummary> findByHandle(String handle);

    /** Many at once (one query), for pages of content with their authors. */
    Map<UUID, MemberSummary> findAllById(Collection<UUID> ids);
}
