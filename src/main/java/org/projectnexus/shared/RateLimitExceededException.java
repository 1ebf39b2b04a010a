package org.projectnexus.shared;

import org.springframework.http.HttpStatus;

/** 429 with {@code Retry-After} and {@code RateLimit-*} headers. */
public class RateLimitExceededException extends ProblemException {

    public RateLimitExceededException(RateLimiter.Decision decision, String detail) {
        super(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too Many Requests", detail);
        decision.writeTo(getHeaders());
        getBody().setProperty("retryAfterSeconds", decision.retryAfterSeconds());
    }
}
