package org.projectnexus.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.projectnexus.shared.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a sane token, a new one
 * otherwise. The id is echoed, put in the MDC (so every log line of the request carries it) and
 * added to every problem response. It also writes one access-log line per request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = Problems.REQUEST_ID;
    static final String ATTRIBUTE = Problems.REQUEST_ID;

    private static final Logger log = LoggerFactory.getLogger("org.projectnexus.access");

    // Anything else (spaces, control characters, 200-character blobs) would pollute logs.
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private static final String STARTED = RequestIdFilter.class.getName() + ".started";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // An asynchronous request (GraphQL) comes through twice: keep the id and start of the first.
        var requestId =
                request.getAttribute(ATTRIBUTE) instanceof String id ? id : requestIdFrom(request.getHeader(HEADER));
        request.setAttribute(ATTRIBUTE, requestId);
        response.setHeader(HEADER, requestId);
        if (!(request.getAttribute(STARTED) instanceof Long)) {
            request.setAttribute(STARTED, System.nanoTime());
        }
        try (var ignored = MDC.putCloseable(MDC_KEY, requestId)) {
            chain.doFilter(request, response);
        } finally {
            if (!request.isAsyncStarted()) {
                try (var ignored = MDC.putCloseable(MDC_KEY, requestId)) {
                    log.info(
                            "{} {} -> {} in {} ms",
                            request.getMethod(),
                            request.getRequestURI(),
                            response.getStatus(),
                            (System.nanoTime() - (Long) request.getAttribute(STARTED)) / 1_000_000);
                }
            }
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        // The error dispatch must see the same id; the MDC is set again there.
        return false;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        // So does the dispatch that completes an asynchronous request, which then logs it.
        return false;
    }

    static String requestIdFrom(String header) {
        if (header != null && ACCEPTED.matcher(header).matches()) {
            return header;
        }
        return UUID.randomUUID().toString();
    }
}
