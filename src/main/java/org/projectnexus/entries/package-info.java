/**
 * Knowledge entries, their revisions and markdown rendering. Never depends on collaboration, search, notifications or insights: they react to its events.
 */
@ApplicationModule(
        displayName = "Entries",
        allowedDependencies = {"shared", "accounts", "technologies"})
package org.projectnexus.entries;

import org.springframework.modulith.ApplicationModule;
