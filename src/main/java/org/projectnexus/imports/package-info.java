/**
 * README and repository import, README export.
 */
@ApplicationModule(
        displayName = "Imports",
        allowedDependencies = {"shared", "accounts", "technologies", "entries"})
package org.projectnexus.imports;

import org.springframework.modulith.ApplicationModule;
