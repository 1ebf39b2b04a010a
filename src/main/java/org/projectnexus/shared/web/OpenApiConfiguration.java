package org.projectnexus.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document: API description, the bearer security scheme, and the problem responses
 * every operation can give, so each endpoint documents its errors without repeating them.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String PROBLEM = "Problem";

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
                        .license(new License().name("MIT")))
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("An access token (JWT from POST /api/v1/auth/login) or a personal"
                                                + " access token (nxp_…)."))
                        .addSchemas(PROBLEM, problemSchema()));
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> openApi.getPaths()
                .values()
                .forEach(path -> path.readOperations().forEach(operation -> {
                    var responses = operation.getResponses();
                    var secured = operation.getSecurity() != null
                            && !operation.getSecurity().isEmpty();
                    add(responses, "400", "Malformed request: bad JSON, wrong type, unknown value, bad cursor");
                    add(responses, "422", "Validation failed; errors[] names each field");
                    add(responses, "429", "Rate limit exceeded; see Retry-After");
                    add(responses, "500", "Unexpected error; quote the requestId");
                    if (secured) {
                        add(responses, "401", "Missing, invalid or expired token");
                        add(responses, "403", "Role or token scope does not allow this");
                    }
                    if (operation.getParameters() != null
                            && operation.getParameters().stream().anyMatch(p -> "path".equals(p.getIn()))) {
                        add(responses, "404", "No such resource (or not yours to see)");
                    }
                }));
    }

    private static void add(ApiResponses responses, String status, String text) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(
                    status,
                    new ApiResponse()
                            .description(text)
                            .content(new Content()
                                    .addMediaType(
                                            "application/problem+json",
                                            new MediaType()
                                                    .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema() {
        Map<String, Schema> properties = Map.of(
                "type", new Schema<>().type("string").example("urn:nexus:problem:validation-failed"),
                "title", new Schema<>().type("string"),
                "status", new Schema<>().type("integer"),
                "detail", new Schema<>().type("string"),
                "instance", new Schema<>().type("string"),
                "requestId", new Schema<>().type("string"),
                "errors",
                        new Schema<>()
                                .type("array")
                                .items(new Schema<>()
                                        .type("object")
                                        .addProperty("field", new Schema<>().type("string"))
                                        .addProperty("message", new Schema<>().type("string"))));
        return new Schema<>()
                .type("object")
                .description("RFC 9457 problem details")
                .properties(new LinkedHashMap<>(properties))
                .required(List.of("type", "title", "status", "requestId"));
    }
}
