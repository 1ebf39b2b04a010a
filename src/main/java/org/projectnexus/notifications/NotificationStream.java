package org.projectnexus.notifications;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Function;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.projectnexus.shared.ConditionalOnNexusRole;
import org.projectnexus.shared.NexusRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live notifications over Server-Sent Events, across replicas: a notification is announced with
 * PostgreSQL {@code NOTIFY} when its transaction commits, every API replica {@code LISTEN}s on one
 * connection and pushes it to the streams of that member it holds. No broker or cache is needed,
 * so the embedded default streams too.
 */
@Component
@ConditionalOnNexusRole(NexusRole.API)
class NotificationStream implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NotificationStream.class);
    private static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);
    private static final int POLL_MILLIS = 500;

    private final DataSource dataSource;
    private final NotificationRepository repository;
    private final Function<NotificationRepository.Notification, Object> views;
    private final Map<UUID, Set<SseEmitter>> streams = new ConcurrentHashMap<>();
    private volatile boolean running;
    private volatile boolean listening;
    private Thread listener;

    NotificationStream(
            DataSource dataSource,
            NotificationRepository repository,
            NotificationService service,
            MeterRegistry meters) {
        this.dataSource = dataSource;
        this.repository = repository;
        this.views = service::view;
        Gauge.builder("nexus.notifications.streams", this, NotificationStream::openStreams)
                .description("Server-Sent Events clients connected to this replica")
                .register(meters);
    }

    /** A new stream for the member; it starts with the unread count. */
    SseEmitter open(UUID memberId) {
        var emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
        streams.computeIfAbsent(memberId, id -> new CopyOnWriteArraySet<>()).add(emitter);
        Runnable remove = () -> {
            var set = streams.get(memberId);
            if (set != null) {
                set.remove(emitter);
            }
        };
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        send(emitter, SseEmitter.event().name("unread").data(Map.of("unread", repository.unread(memberId))));
        return emitter;
    }

    /** Whether this replica is listening for notifications (tests wait for it). */
    boolean listening() {
        return listening;
    }

    int openStreams() {
        return streams.values().stream().mapToInt(Set::size).sum();
    }

    private void deliver(UUID notificationId) {
        var notification = repository.find(notificationId).orElse(null);
        if (notification == null) {
            return;
        }
        var emitters = streams.get(notification.memberId());
        if (emitters == null || emitters.isEmpty()) {
            return;
        }
        var event = SseEmitter.event()
                .id(notificationId.toString())
                .name("notification")
                .data(views.apply(notification), MediaType.APPLICATION_JSON);
        emitters.forEach(emitter -> send(emitter, event));
    }

    private void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException gone) {
            emitter.completeWithError(gone);
        }
    }

    /** Keeps idle connections open through proxies, and finds the dead ones. */
    @Scheduled(fixedDelay = 20_000)
    void heartbeat() {
        streams.values()
                .forEach(set -> set.forEach(e -> send(e, SseEmitter.event().comment("keep-alive"))));
    }

    private void listen() {
        while (running) {
            try (var connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (var statement = connection.createStatement()) {
                    statement.execute("LISTEN " + NotificationRepository.CHANNEL);
                }
                var pg = connection.unwrap(PGConnection.class);
                listening = true;
                while (running) {
                    var notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications == null) {
                        continue;
                    }
                    for (var n : notifications) {
                        try {
                            deliver(UUID.fromString(n.getParameter()));
                        } catch (RuntimeException e) {
                            log.warn("Could not push notification {}", n.getParameter(), e);
                        }
                    }
                }
            } catch (SQLException e) {
                listening = false;
                if (running) {
                    log.warn("Notification listener lost its database connection; reconnecting", e);
                    sleep();
                }
            }
        }
        listening = false;
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        running = true;
        listener = Thread.ofVirtual().name("notification-listener").start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        streams.values().forEach(set -> set.forEach(SseEmitter::complete));
        streams.clear();
        if (listener != null) {
            try {
                listener.join(Duration.ofSeconds(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
