package org.projectnexus.technologies;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The taxonomy, for modules that tag content with technologies. */
public interface Technologies {

    /**
     * Resolves names as members write them ("Postgres", "DRF", "k8s") to technologies, in the
     * order given and without duplicates. Names nobody knows become pending suggestions, so nothing
     * a member wrote is lost.
     */
    List<TechnologyRef> resolve(Collection<String> names, UUID suggestedBy);

    /** A technology by slug, name or alias; pending ones included. */
    Optional<TechnologyRef> find(String slugNameOrAlias);

    /** A technology by its slug, with its description and aliases. */
    Optional<TechnologyDetails> details(String slug);

    Map<UUID, TechnologyRef> findAllById(Collection<UUID> ids);
}
