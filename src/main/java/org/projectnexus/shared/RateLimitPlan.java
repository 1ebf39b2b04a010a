package org.projectnexus.shared;

import java.time.Duration;

/**
 * How many requests a key may make per period: the bucket refills gradually, so a client that
 * exhausts it waits only as long as one token takes to come back.
 *
 * @param name what is limited, part of every bucket key (e.g. {@code login-account})
 */
public record RateLimitPlan(String name, long capacity, Duration period) {

    public RateLimitPlan {
        if (capacity < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a rate limit needs a capacity of at least 1 and a positive period");
        }
    }
}
