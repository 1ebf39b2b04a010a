/**
 * In-app and email notifications, live stream and digests.
 */
@ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"shared", "accounts", "entries", "collaboration", "imports"})
package org.projectnexus.notifications;

import org.springframework.modulith.ApplicationModule;
