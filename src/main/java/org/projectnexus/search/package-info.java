/**
 * Ranked full-text search over public entries and similar entries.
 */
@ApplicationModule(
        displayName = "Search",
        allowedDependencies = {"shared", "accounts", "entries"})
package org.projectnexus.search;

import org.springframework.modulith.ApplicationModule;
