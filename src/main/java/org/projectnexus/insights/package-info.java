/**
 * Cohort analytics and scheduled reports for mentors and admins.
 */
@ApplicationModule(
        displayName = "Insights",
        allowedDependencies = {"shared", "accounts", "technologies", "entries", "collaboration"})
package org.projectnexus.insights;

import org.springframework.modulith.ApplicationModule;
