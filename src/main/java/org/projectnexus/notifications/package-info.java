/**
 * In-app and email notifications, live stream and digests.
 */
@ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"shared", "accounts", "entries", "collaboration"})
package org.projectnexus.notifications;

import org.springframework.modulith.ApplicationModule;
