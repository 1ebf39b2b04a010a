/**
 * Comments, reactions, accepted solutions, API-design feedback, bookmarks, follows and the feed.
 */
@ApplicationModule(
        displayName = "Collaboration",
        allowedDependencies = {"shared", "accounts", "technologies", "entries"})
package org.projectnexus.collaboration;

import org.springframework.modulith.ApplicationModule;
