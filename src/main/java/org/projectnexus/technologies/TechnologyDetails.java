package org.projectnexus.technologies;

import java.util.List;

/** A technology with what its page shows: what it is and the other names people use for it. */
public record TechnologyDetails(TechnologyRef technology, String description, List<String> aliases) {}
