package org.projectnexus.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j) per key and plan, kept in memory and forgotten when idle. Each replica
 * counts on its own, so a cluster of N API replicas admits up to N times a plan; a Redis-backed
 * store replaces this map when the cache capability lands.
 */
@Component
public class RateLimiter {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(1))
            .maximumSize(500_000)
            .build();

    /** Takes one token for the key under the plan. */
    public Decision tryConsume(RateLimitPlan plan, String key) {
        var bucket = buckets.get(
                plan.name() + ":" + plan.capacity() + ":" + plan.period() + ":" + key,
                ignored -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(plan.capacity())
                                .refillGreedy(plan.capacity(), plan.period())
                                .build())
                        .build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        long secondsToRefillAll = (long) Math.ceil(
                plan.period().toSeconds() * (plan.capacity() - probe.getRemainingTokens()) / (double) plan.capacity());
        return new Decision(
                probe.isConsumed(),
                plan.capacity(),
                probe.getRemainingTokens(),
                Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1),
                Math.max(0, secondsToRefillAll));
    }

    /**
     * The outcome of one request against a bucket, and the headers that tell the client (draft
     * IETF {@code RateLimit-*} fields plus {@code Retry-After} when refused).
     */
    public record Decision(boolean allowed, long limit, long remaining, long retryAfterSeconds, long resetSeconds) {

        public void writeTo(BiConsumer<String, String> header) {
            header.accept("RateLimit-Limit", Long.toString(limit));
            header.accept("RateLimit-Remaining", Long.toString(remaining));
            header.accept("RateLimit-Reset", Long.toString(allowed ? resetSeconds : retryAfterSeconds));
            if (!allowed) {
                header.accept("Retry-After", Long.toString(retryAfterSeconds));
            }
        }

        public void writeTo(org.springframework.http.HttpHeaders headers) {
            writeTo(headers::set);
        }
    }
}
