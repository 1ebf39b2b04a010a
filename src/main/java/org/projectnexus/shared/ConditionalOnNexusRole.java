package org.projectnexus.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;

/** Registers a bean only on instances that run the given role ({@code NEXUS_ROLES}). */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Documented
@Conditional(OnNexusRoleCondition.class)
public @interface ConditionalOnNexusRole {

    NexusRole value();
}
