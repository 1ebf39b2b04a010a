package org.projectnexus.shared.web;

import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Browser access for the frontend origins of {@code NEXUS_HTTP_CORS_ALLOWED_ORIGINS}, and on a
 * development server for any local one ({@code http://localhost:5173}, {@code http://127.0.0.1:3000}).
 */
@Configuration(proxyBeanMethods = false)
class BrowserAccessConfiguration {

    @Bean
    CorsConfigurationSource corsConfigurationSource(HttpProperties properties) {
        var cors = new org.springframework.web.cors.CorsConfiguration();
        cors.setAllowedOrigins(properties.corsAllowedOrigins());
        if (properties.corsAllowLocalOrigins()) {
            cors.setAllowedOriginPatterns(List.of("http://localhost:[*]", "http://127.0.0.1:[*]"));
        }
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-Match", "If-None-Match", "X-Request-Id"));
        cors.setExposedHeaders(List.of(
                "ETag",
                "Location",
                "Link",
                "X-Request-Id",
                "Retry-After",
                "RateLimit-Limit",
                "RateLimit-Remaining",
                "RateLimit-Reset"));
        // Bearer tokens, not cookies: no credentials mode needed.
        cors.setAllowCredentials(false);
        cors.setMaxAge(Duration.ofHours(1));
        var source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", cors);
        source.registerCorsConfiguration("/graphql", cors);
        return source;
    }
}
