package org.projectnexus.shared.messaging;

import java.util.HashMap;
import java.util.Map;
import org.projectnexus.shared.WorkHandler;
import org.projectnexus.shared.WorkQueue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * No broker: the handler runs at once, in the caller's thread (an event listener of the
 * publication registry). A failure propagates, the event stays incomplete and the worker role
 * retries it later — the same guarantee as the broker path, without a broker.
 */
@Component
@ConditionalOnProperty(name = MessagingEnvironment.BROKER, havingValue = "none", matchIfMissing = true)
class InProcessWorkQueue implements WorkQueue {

    private final ObjectProvider<WorkHandler<?>> provider;
    private volatile Map<String, WorkHandler<?>> handlers;

    // Handlers are looked up on first use: they submit work themselves (a notification's email).
    InProcessWorkQueue(ObjectProvider<WorkHandler<?>> provider) {
        this.provider = provider;
    }

    @Override
    public void submit(String queue, Object payload) {
        handle(handler(queue), payload);
    }

    private WorkHandler<?> handler(String queue) {
        if (handlers == null) {
            var all = new HashMap<String, WorkHandler<?>>();
            provider.orderedStream().forEach(h -> all.put(h.queue(), h));
            handlers = all;
        }
        var handler = handlers.get(queue);
        if (handler == null) {
            throw new IllegalArgumentException("No handler for work queue '" + queue + "'");
        }
        return handler;
    }

    private static <T> void handle(WorkHandler<T> handler, Object payload) {
        handler.handle(handler.type().cast(payload));
    }
}
