/**
 * Flags, hiding and restoring content, and the moderation side of member suspension.
 */
@ApplicationModule(
        displayName = "Moderation",
        allowedDependencies = {"shared", "accounts", "entries"})
package org.projectnexus.moderation;

import org.springframework.modulith.ApplicationModule;
