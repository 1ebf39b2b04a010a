package org.projectnexus.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.projectnexus.shared.Problems;
import org.projectnexus.shared.RateLimitPlan;
import org.projectnexus.shared.RateLimiter;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The general rate limit of the API (REST and GraphQL): per member when authenticated, per IP address otherwise. It
 * runs after Spring Security's filters (order 0 &gt; -100) so it knows who is calling. Stricter
 * limits on sign-in endpoints are applied by the accounts module on top.
 */
@Component
class RateLimitFilter extends OncePerRequestFilter {

    private final RateLimiter limiter;
    private final RateLimitPlan members;
    private final RateLimitPlan anonymous;

    RateLimitFilter(RateLimiter limiter, HttpProperties properties) {
        this.limiter = limiter;
        var limits = properties.rateLimit();
        this.members = new RateLimitPlan("api-member", limits.memberRequests(), limits.period());
        this.anonymous = new RateLimitPlan("api-anonymous", limits.anonymousRequests(), limits.period());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = request.getRequestURI();
        return !path.startsWith("/api/v1/") && !path.equals("/graphql");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var authenticated = authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        var decision = authenticated
                ? limiter.tryConsume(members, authentication.getName())
                : limiter.tryConsume(anonymous, request.getRemoteAddr());
        decision.writeTo(response::setHeader);
        if (!decision.allowed()) {
            var problem = Problems.of(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "rate-limited",
                    "Too Many Requests",
                    "Too many requests; try again in " + decision.retryAfterSeconds() + " seconds.");
            problem.setProperty("retryAfterSeconds", decision.retryAfterSeconds());
            Problems.write(request, response, problem);
            return;
        }
        chain.doFilter(request, response);
    }
}
