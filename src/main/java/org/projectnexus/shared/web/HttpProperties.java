package org.projectnexus.shared.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * HTTP limits ({@code nexus.http.*}).
 *
 * @param maxRequestSize largest non-multipart request body accepted ({@code
 *     NEXUS_HTTP_MAX_REQUEST_SIZE}); uploads are bounded by {@code spring.servlet.multipart.*}
 */
@ConfigurationProperties("nexus.http")
record HttpProperties(@DefaultValue("1MB") DataSize maxRequestSize) {}
