package org.projectnexus.imports;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Imports in {@code /actuator/prometheus}: {@code nexus_imports_total} and the duration timer
 * {@code nexus_imports_duration_seconds}, by outcome ({@code previewed}, {@code committed},
 * {@code failed}: the upload could not be imported, {@code error}: a bug) and mode.
 */
@Component
class ImportMetrics {

    private final MeterRegistry registry;

    ImportMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(String outcome, ImportJobRepository.Mode mode, long startedNanos) {
        var modeTag = mode.name().toLowerCase(java.util.Locale.ROOT);
        registry.counter("nexus.imports", "outcome", outcome, "mode", modeTag).increment();
        Timer.builder("nexus.imports.duration")
                .description("How long imports take, from the worker claiming the job to its end")
                .tag("outcome", outcome)
                .tag("mode", modeTag)
                .register(registry)
                .record(Duration.ofNanos(System.nanoTime() - startedNanos));
    }
}
