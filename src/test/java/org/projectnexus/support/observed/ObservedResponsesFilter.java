package org.projectnexus.support.observed;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Records what the REST API answered to each request of the tests, outermost of all filters, so
 * refusals by Spring Security and the platform's filters are seen too. Streams and GraphQL are
 * recorded without their body: they answer asynchronously, past a buffering wrapper.
 */
class ObservedResponsesFilter extends OncePerRequestFilter {

    private static final Pattern TYPE = Pattern.compile("\"type\"\\s*:\\s*\"([^\"]+)\"");

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    ObservedResponsesFilter(ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = request.getRequestURI();
        return (!path.startsWith("/api/v1/") && !path.startsWith("/.well-known/")) || servedByATest(request);
    }

    /** Probe controllers of tests (HttpPlatformTests' /api/v1/probe) are not the API. */
    private boolean servedByATest(HttpServletRequest request) {
        try {
            var chain = mappings.getObject().getHandler(request);
            return chain != null
                    && chain.getHandler() instanceof HandlerMethod method
                    && method.getBeanType()
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .getPath()
                            .contains("test-classes");
        } catch (Exception e) {
            // No handler for this method (405), or none at all: the response shows what happened.
            return false;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getRequestURI().endsWith("/stream")) {
            chain.doFilter(request, response);
            ObservedResponses.record(request.getMethod(), request.getRequestURI(), response.getStatus(), "-");
            return;
        }
        var buffered = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, buffered);
        } finally {
            var type = "-";
            var contentType = buffered.getContentType();
            if (contentType != null && contentType.contains("problem+json")) {
                var matcher = TYPE.matcher(new String(buffered.getContentAsByteArray(), StandardCharsets.UTF_8));
                type = matcher.find() ? matcher.group(1) : "-";
            }
            ObservedResponses.record(request.getMethod(), request.getRequestURI(), buffered.getStatus(), type);
            buffered.copyBodyToResponse();
        }
    }
}
