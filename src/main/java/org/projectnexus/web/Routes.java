package org.projectnexus.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Which requests are the browser's pages: everything but the API surface, whose paths keep their
 * stateless bearer-token security and problem+json errors.
 */
final class Routes {

    /** The API, GraphQL, operations and key publication: not pages. */
    static final RequestMatcher API = new OrRequestMatcher(
            path("/api/**"),
            path("/graphql"),
            path("/graphiql"),
            path("/graphiql/**"),
            path("/actuator/**"),
            path("/.well-known/**"),
            path("/error"));

    static final RequestMatcher PAGES = new NegatedRequestMatcher(API);

    /** Fingerprinted CSS, JavaScript and images: no session, no security context. */
    static final RequestMatcher ASSETS = path("/assets/**");

    private Routes() {}

    static boolean isPage(HttpServletRequest request) {
        return PAGES.matches(request);
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }
}
