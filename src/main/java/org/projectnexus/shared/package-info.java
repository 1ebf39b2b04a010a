/**
 * Shared kernel: the types every module may use (roles, problem types, ids and paging as they
 * arrive) and the platform every module stands on (database, HTTP error model, request ids). Its
 * sub-packages are internal platform wiring that no module calls directly.
 */
@ApplicationModule(displayName = "Shared kernel")
package org.projectnexus.shared;

import org.springframework.modulith.ApplicationModule;
