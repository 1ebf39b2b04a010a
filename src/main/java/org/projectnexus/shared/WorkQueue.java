package org.projectnexus.shared;

/**
 * Hands background work to its {@link WorkHandler}: through RabbitMQ when a broker is configured
 * (durable queue, publisher confirm, retries, dead-letter queue, consumed by the worker role), or
 * in-process otherwise. Call it from an event listener of the publication registry: if
 * {@code submit} throws (broker down, handler failed), the event stays incomplete and is retried,
 * so work is never lost; handlers are idempotent, so a retry never does anything twice.
 */
public interface WorkQueue {

    /** Submits the payload to the handler of {@code queue}; returns once it is safely handed over. */
    void submit(String queue, Object payload);
}
