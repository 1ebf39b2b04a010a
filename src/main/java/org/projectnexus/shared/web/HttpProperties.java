package org.projectnexus.shared.web;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * HTTP limits and browser access ({@code nexus.http.*}).
 *
 * @param maxRequestSize largest non-multipart request body accepted ({@code
 *     NEXUS_HTTP_MAX_REQUEST_SIZE}); uploads are bounded by {@code spring.servlet.multipart.*}
 * @param corsAllowedOrigins frontend origins allowed to call the API from a browser ({@code
 *     NEXUS_HTTP_CORS_ALLOWED_ORIGINS}, comma separated); none by default
 * @param corsAllowLocalOrigins also admit every {@code http://localhost:<port>} and {@code
 *     http://127.0.0.1:<port>} origin, so a frontend's dev server works out of the box ({@code
 *     NEXUS_HTTP_CORS_ALLOW_LOCAL_ORIGINS}); on under {@code ./mvnw spring-boot:run} (pom.xml)
 * @param rateLimit requests per member (or per IP for anonymous callers) per period
 */
@ConfigurationProperties("nexus.http")
record HttpProperties(
        @DefaultValue("1MB") DataSize maxRequestSize,
        @DefaultValue List<String> corsAllowedOrigins,
        @DefaultValue("false") boolean corsAllowLocalOrigins,
        @DefaultValue RateLimit rateLimit) {

    /**
     * @param memberRequests requests an authenticated member may make per period
     * @param anonymousRequests requests an anonymous IP address may make per period
     */
    record RateLimit(
            @DefaultValue("600") long memberRequests,
            @DefaultValue("300") long anonymousRequests,
            @DefaultValue("PT1M") Duration period) {}
}
