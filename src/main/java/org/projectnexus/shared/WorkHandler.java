package org.projectnexus.shared;

/**
 * Does one kind of background work. Must be idempotent: a message can be delivered more than once
 * (a redelivery after a crash, a retried event).
 */
public interface WorkHandler<T> {

    /** The queue name, e.g. {@code notify.comment-posted} (RabbitMQ queue {@code nexus.<name>}). */
    String queue();

    Class<T> type();

    void handle(T payload);
}
