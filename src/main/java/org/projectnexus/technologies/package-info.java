/**
 * The technology taxonomy: canonical names, slugs, categories and aliases.
 */
@ApplicationModule(
        displayName = "Technologies",
        allowedDependencies = {"shared", "accounts"})
package org.projectnexus.technologies;

import org.springframework.modulith.ApplicationModule;
