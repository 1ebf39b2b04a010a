package org.projectnexus.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.projectnexus.shared.NexusProperties;
import org.projectnexus.shared.NexusRole;
import org.projectnexus.shared.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On instances without the {@code api} role (pure workers or schedulers), only the operational
 * endpoints ({@code /actuator}) answer; a load balancer that sends API traffic there gets a clear
 * 503 instead of half-working endpoints.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ApiRoleFilter extends OncePerRequestFilter {

    private final boolean servesApi;

    ApiRoleFilter(NexusProperties properties) {
        this.servesApi = properties.runs(NexusRole.API);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return servesApi || request.getRequestURI().startsWith("/actuator");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var problem = Problems.of(
                HttpStatus.SERVICE_UNAVAILABLE,
                "api-role-not-running",
                "API not served here",
                "This instance runs without the 'api' role (NEXUS_ROLES); send API requests to an API instance.");
        Problems.write(request, response, problem);
    }
}
