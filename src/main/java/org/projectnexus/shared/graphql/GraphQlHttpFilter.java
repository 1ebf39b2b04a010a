package org.projectnexus.shared.graphql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.projectnexus.shared.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers requests to {@code /graphql} that Spring for GraphQL's route turns away with an empty
 * body (not POST, not JSON) with a problem document saying what to send instead, like every other
 * 4xx of the API.
 */
@Component
class GraphQlHttpFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().equals("/graphql") || HttpMethod.OPTIONS.matches(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!HttpMethod.POST.matches(request.getMethod())) {
            response.setHeader(HttpHeaders.ALLOW, "POST");
            Problems.write(
                    request,
                    response,
                    Problems.of(
                            HttpStatus.METHOD_NOT_ALLOWED,
                            "method-not-allowed",
                            "Method Not Allowed",
                            "GraphQL takes POST with a JSON body {\"query\": \"...\", \"variables\": {...}}."));
            return;
        }
        if (!isJson(request.getContentType())) {
            response.setHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE);
            Problems.write(
                    request,
                    response,
                    Problems.of(
                            HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                            "unsupported-media-type",
                            "Unsupported Media Type",
                            "Send the GraphQL request as Content-Type: application/json, {\"query\": \"...\"}."));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            return MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
