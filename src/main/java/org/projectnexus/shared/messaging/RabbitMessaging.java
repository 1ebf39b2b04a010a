package org.projectnexus.shared.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.projectnexus.shared.ConditionalOnNexusRole;
import org.projectnexus.shared.NexusRole;
import org.projectnexus.shared.WorkHandler;
import org.projectnexus.shared.WorkQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.rabbit.annotation.RabbitListenerConfigurer;
import org.springframework.amqp.rabbit.config.SimpleRabbitListenerContainerFactory;
import org.springframework.amqp.rabbit.config.SimpleRabbitListenerEndpoint;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.RabbitListenerEndpointRegistrar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Work through RabbitMQ: one durable queue per handler ({@code nexus.<name>}) on the direct
 * exchange {@code nexus.work}, each dead-lettering to {@code nexus.<name>.dlq} through
 * {@code nexus.work.dlx} once the listener's retries (with backoff) are spent. Messages are
 * persistent and each publish waits for the broker's confirm, so a submit that returns is safe
 * on the broker's disk; one that throws leaves its event to be retried.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = MessagingEnvironment.BROKER, havingValue = "rabbitmq")
class RabbitMessaging {

    private static final Duration CONFIRM_TIMEOUT = Duration.ofSeconds(10);

    /**
     * Names on the broker: {@code <prefix>.work} (exchange), {@code <prefix>.work.dlx},
     * {@code <prefix>.<queue>} and {@code <prefix>.<queue>.dlq}; the prefix is
     * {@code nexus.messaging.prefix} (default {@code nexus}), so installations can share a broker.
     */
    record Names(String prefix) {

        String exchange() {
            return prefix + ".work";
        }

        String deadLetterExchange() {
            return prefix + ".work.dlx";
        }

        String queue(String queue) {
            return prefix + "." + queue;
        }
    }

    @Bean
    Names nexusBrokerNames(@Value("${nexus.messaging.prefix:nexus}") String prefix) {
        return new Names(prefix);
    }

    @Bean
    Declarables nexusWorkTopology(List<WorkHandler<?>> handlers, Names names) {
        var exchange = new DirectExchange(names.exchange(), true, false);
        var deadLetters = new DirectExchange(names.deadLetterExchange(), true, false);
        var declarables = new ArrayList<Declarable>(List.of(exchange, deadLetters));
        for (var handler : handlers) {
            var name = names.queue(handler.queue());
            Queue queue = QueueBuilder.durable(name)
                    .deadLetterExchange(names.deadLetterExchange())
                    .deadLetterRoutingKey(handler.queue())
                    .build();
            Queue dlq = QueueBuilder.durable(name + ".dlq").build();
            Binding binding = BindingBuilder.bind(queue).to(exchange).with(handler.queue());
            Binding dlqBinding = BindingBuilder.bind(dlq).to(deadLetters).with(handler.queue());
            declarables.addAll(List.of(queue, dlq, binding, dlqBinding));
        }
        return new Declarables(declarables);
    }

    /**
     * {@code nexus_messaging_dead_letters{queue=...}}: messages parked in each dead-letter queue
     * (retries spent), read from the broker at each scrape. Anything above 0 needs a look.
     */
    @Bean
    MeterBinder nexusDeadLetters(List<WorkHandler<?>> handlers, AmqpAdmin admin, Names names) {
        return registry -> handlers.forEach(handler -> Gauge.builder(
                        "nexus.messaging.dead.letters", admin, broker -> deadLetters(broker, names, handler))
                .description("Messages in the dead-letter queue of a work queue")
                .tag("queue", handler.queue())
                .register(registry));
    }

    private static double deadLetters(AmqpAdmin admin, Names names, WorkHandler<?> handler) {
        var info = admin.getQueueInfo(names.queue(handler.queue()) + ".dlq");
        return info == null ? 0 : info.getMessageCount();
    }

    @Bean
    WorkQueue rabbitWorkQueue(RabbitTemplate template, JsonMapper json, Names names) {
        return new RabbitWorkQueue(template, json, names);
    }

    /** Consumers run on the worker role only; API replicas just publish. */
    @Bean
    @ConditionalOnNexusRole(NexusRole.WORKER)
    RabbitListenerConfigurer nexusWorkConsumers(
            List<WorkHandler<?>> handlers, SimpleRabbitListenerContainerFactory factory, JsonMapper json, Names names) {
        return registrar -> register(registrar, handlers, factory, json, names);
    }

    private static void register(
            RabbitListenerEndpointRegistrar registrar,
            List<WorkHandler<?>> handlers,
            SimpleRabbitListenerContainerFactory factory,
            JsonMapper json,
            Names names) {
        for (var handler : handlers) {
            var endpoint = new SimpleRabbitListenerEndpoint();
            endpoint.setId(names.queue(handler.queue()));
            endpoint.setQueueNames(names.queue(handler.queue()));
            endpoint.setMessageListener(message -> consume(handler, message, json));
            registrar.registerEndpoint(endpoint, factory);
        }
    }

    private static <T> void consume(WorkHandler<T> handler, Message message, JsonMapper json) {
        handler.handle(json.readValue(message.getBody(), handler.type()));
    }

    static final class RabbitWorkQueue implements WorkQueue {

        private static final Logger log = LoggerFactory.getLogger(RabbitWorkQueue.class);

        private final RabbitTemplate template;
        private final JsonMapper json;
        private final Names names;

        RabbitWorkQueue(RabbitTemplate template, JsonMapper json, Names names) {
            this.template = template;
            this.json = json;
            this.names = names;
        }

        @Override
        public void submit(String queue, Object payload) {
            var properties = new MessageProperties();
            properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
            properties.setContentEncoding(StandardCharsets.UTF_8.name());
            properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
            properties.setMessageId(UUID.randomUUID().toString());
            properties.setHeaders(Map.of("nexus-type", payload.getClass().getSimpleName()));
            var message = new Message(json.writeValueAsBytes(payload), properties);
            // On one channel: publish, then wait for the broker's confirm (or fail).
            template.invoke(operations -> {
                operations.send(names.exchange(), queue, message);
                operations.waitForConfirmsOrDie(CONFIRM_TIMEOUT.toMillis());
                return null;
            });
            log.debug("Submitted {} to {}", properties.getMessageId(), names.queue(queue));
        }
    }
}
