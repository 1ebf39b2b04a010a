package org.projectnexus.technologies;

import java.util.UUID;

/**
 * A technology as other modules see it.
 *
 * @param pending a name a member used that nobody has approved yet
 */
public record TechnologyRef(UUID id, String slug, String name, TechnologyCategory category, boolean pending) {}
