package org.projectnexus.shared.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI nexusOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Project Nexus API")
                        .version("v1")
                        .description("""
                                The knowledge and collaboration hub of a backend-engineering programme. \
                                Every error is application/problem+json (RFC 9457) with a requestId; \
                                collections use cursor pagination (limit, cursor, nextCursor).""")
                        .license(new License().name("MIT")));
    }
}
