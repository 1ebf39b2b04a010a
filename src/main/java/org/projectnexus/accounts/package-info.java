/**
 * Members, authentication, tokens and roles.
 */
@ApplicationModule(displayName = "Accounts", allowedDependencies = "shared")
package org.projectnexus.accounts;

import org.springframework.modulith.ApplicationModule;
