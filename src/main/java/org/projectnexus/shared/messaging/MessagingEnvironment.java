package org.projectnexus.shared.messaging;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Maps the {@code NEXUS_RABBITMQ_*} and {@code NEXUS_MAIL_*} settings onto Spring's, and decides,
 * before the context starts, whether work goes through RabbitMQ: only when a broker is
 * configured ({@code NEXUS_RABBITMQ_HOST} / {@code NEXUS_RABBITMQ_URL}, or {@code spring.rabbitmq.host}
 * / {@code addresses}). Otherwise RabbitMQ's auto-configuration is left out, so the embedded default
 * neither connects to a broker nor reports one as down. Sets {@code nexus.messaging.broker} to
 * {@code rabbitmq} or {@code none}, and the listener defaults (retries with backoff, then the
 * dead-letter queue; publisher confirms).
 */
public class MessagingEnvironment implements EnvironmentPostProcessor {

    static final String BROKER = "nexus.messaging.broker";

    private static final String[] RABBIT_AUTO_CONFIGURATIONS = {
        "org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration",
        "org.springframework.boot.amqp.autoconfigure.health.RabbitHealthContributorAutoConfiguration",
        "org.springframework.boot.amqp.autoconfigure.metrics.RabbitMetricsAutoConfiguration"
    };

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        var properties = new HashMap<String, Object>();
        copy(environment, "NEXUS_RABBITMQ_URL", "spring.rabbitmq.addresses", properties);
        copy(environment, "NEXUS_RABBITMQ_HOST", "spring.rabbitmq.host", properties);
        copy(environment, "NEXUS_RABBITMQ_PORT", "spring.rabbitmq.port", properties);
        copy(environment, "NEXUS_RABBITMQ_USERNAME", "spring.rabbitmq.username", properties);
        copy(environment, "NEXUS_RABBITMQ_PASSWORD", "spring.rabbitmq.password", properties);
        copy(environment, "NEXUS_RABBITMQ_VIRTUAL_HOST", "spring.rabbitmq.virtual-host", properties);
        // Email goes out through SMTP only with a mail host; Spring Mail starts nothing without one.
        copy(environment, "NEXUS_MAIL_HOST", "spring.mail.host", properties);
        copy(environment, "NEXUS_MAIL_PORT", "spring.mail.port", properties);
        copy(environment, "NEXUS_MAIL_USERNAME", "spring.mail.username", properties);
        copy(environment, "NEXUS_MAIL_PASSWORD", "spring.mail.password", properties);
        var configured = properties.containsKey("spring.rabbitmq.addresses")
                || properties.containsKey("spring.rabbitmq.host")
                || StringUtils.hasText(environment.getProperty("spring.rabbitmq.host"))
                || StringUtils.hasText(environment.getProperty("spring.rabbitmq.addresses"));
        var chosen = environment.getProperty(BROKER);
        if ("none".equals(chosen)) {
            configured = false;
        }
        if (configured) {
            properties.put(BROKER, "rabbitmq");
            properties.put("spring.rabbitmq.publisher-confirm-type", "simple");
            defaults(environment, properties);
        } else {
            properties.put(BROKER, "none");
            var excluded = environment.getProperty("spring.autoconfigure.exclude", "");
            properties.put(
                    "spring.autoconfigure.exclude",
                    (excluded.isBlank() ? "" : excluded + ",") + String.join(",", RABBIT_AUTO_CONFIGURATIONS));
        }
        environment.getPropertySources().addFirst(new MapPropertySource("nexusMessaging", properties));
    }

    /** Retries with backoff, then the dead-letter queue; each only where not set otherwise. */
    private static void defaults(ConfigurableEnvironment environment, Map<String, Object> properties) {
        var defaults = Map.of(
                "spring.rabbitmq.listener.simple.retry.enabled", "true",
                "spring.rabbitmq.listener.simple.retry.max-retries", "${NEXUS_RABBITMQ_MAX_RETRIES:3}",
                "spring.rabbitmq.listener.simple.retry.initial-interval", "${NEXUS_RABBITMQ_RETRY_INTERVAL:1s}",
                "spring.rabbitmq.listener.simple.retry.multiplier", "3",
                "spring.rabbitmq.listener.simple.retry.max-interval", "30s",
                "spring.rabbitmq.listener.simple.default-requeue-rejected", "false",
                "spring.rabbitmq.listener.simple.prefetch", "20");
        defaults.forEach((name, value) -> {
            if (!environment.containsProperty(name)) {
                properties.put(name, value);
            }
        });
    }

    private static void copy(
            ConfigurableEnvironment environment, String from, String to, Map<String, Object> properties) {
        var value = environment.getProperty(from);
        if (StringUtils.hasText(value) && !environment.containsProperty(to)) {
            properties.put(to, value);
        }
    }
}
