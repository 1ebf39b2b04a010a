package org.projectnexus.collaboration;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/** Who follows whom and what, for modules that tell followers about new entries. */
public interface Follows {

    /** Members who follow this member or any of these technologies. */
    Set<UUID> followersOf(UUID memberId, Collection<UUID> technologyIds);
}
