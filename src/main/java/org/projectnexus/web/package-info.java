/**
 * The web app: server-rendered pages for the browser over the other modules' public APIs (page
 * controllers, the records templates render, forms), browser sign-in with a cookie session, and
 * the fingerprinted assets the pages load. No rule lives here: validation and authorization come
 * from the modules' services.
 */
@ApplicationModule(
        displayName = "Web",
        allowedDependencies = {"shared", "accounts", "technologies", "entries", "search", "collaboration"})
package org.projectnexus.web;

import org.springframework.modulith.ApplicationModule;
