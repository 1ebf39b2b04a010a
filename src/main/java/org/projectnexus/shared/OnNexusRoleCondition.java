package org.projectnexus.shared;

import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

class OnNexusRoleCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var attributes = metadata.getAnnotationAttributes(ConditionalOnNexusRole.class.getName());
        var role = (NexusRole) attributes.get("value");
        // Bound the same way as NexusProperties, so "api,worker" and "API, WORKER" both work.
        Set<NexusRole> roles = Binder.get(context.getEnvironment())
                .bind("nexus.roles", Bindable.setOf(NexusRole.class))
                .orElse(Set.of(NexusRole.values()));
        return roles.contains(role)
                ? ConditionOutcome.match("instance runs role " + role)
                : ConditionOutcome.noMatch("instance does not run role " + role + " (roles: " + roles + ")");
    }
}
