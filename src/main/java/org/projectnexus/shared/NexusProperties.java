package org.projectnexus.shared;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Instance-wide settings ({@code nexus.*}).
 *
 * @param roles the roles this instance runs, from {@code NEXUS_ROLES} (comma separated); all by
 *     default
 */
@ConfigurationProperties("nexus")
public record NexusProperties(
        @DefaultValue({"api", "worker", "scheduler"}) Set<NexusRole> roles) {

    public NexusProperties {
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException(
                    "nexus.roles (NEXUS_ROLES) must name at least one of api, worker, scheduler");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean runs(NexusRole role) {
        return roles.contains(role);
    }
}
