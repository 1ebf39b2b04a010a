package org.projectnexus.shared.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Background work settings ({@code nexus.jobs.*}).
 *
 * @param retryInterval how often a worker looks for event publications whose listener failed
 * @param retryAfter how old an incomplete publication must be before it is retried, so work still
 *     in flight is not started twice
 * @param completedRetention how long completed publications are kept for inspection
 */
@ConfigurationProperties("nexus.jobs")
record JobsProperties(
        @DefaultValue("PT1M") Duration retryInterval,
        @DefaultValue("PT2M") Duration retryAfter,
        @DefaultValue("P7D") Duration completedRetention) {}
