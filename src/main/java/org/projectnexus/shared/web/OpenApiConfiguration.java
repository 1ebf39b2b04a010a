package org.projectnexus.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The OpenAPI document: API description, the bearer security scheme, and per operation its
 * security (from the security rules), its refusals with their problem types, and examples.
 *
 * <p>Everything that references the {@code Problem} schema is added per operation: springdoc drops
 * component schemas no operation references ({@code remove-broken-reference-definitions}) after
 * the operation customizers ran but before the document customizers do.
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
                                Every error is application/problem+json (RFC 9457) with a `type` to switch on \
                                and a requestId; collections use cursor pagination (limit, cursor, nextCursor \
                                and a Link header). Enum values are accepted in any case (`sort=recent`) and \
                                answered as documented: UPPER_CASE, except token scopes and reaction types, \
                                which are lowercase as in tokens and paths.""")
                        .license(new License().name("MIT").identifier("MIT")))
                .components(new Components()
                        .addSecuritySchemes(
                                OperationSecurity.SCHEME,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("An access token (JWT from POST /api/v1/auth/login) or a personal"
                                                + " access token (nxp_…)."))
                        .addSchemas(PROBLEM, problemSchema()));
    }

    @Bean
    OperationCustomizer operationDocumentation(ObjectProvider<WebInvocationPrivilegeEvaluator> rules) {
        return (operation, handler) -> {
            var mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
            var type = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), RequestMapping.class);
            if (mapping == null || mapping.method().length != 1) {
                return operation;
            }
            var path = (type == null || type.path().length == 0 ? "" : type.path()[0])
                    + (mapping.path().length == 0 ? "" : mapping.path()[0]);
            var access = new OperationSecurity(rules.getObject())
                    .document(operation, handler, mapping.method()[0].name(), path);
            ProblemDocumentation.document(operation, handler, path, access);
            SuccessDocumentation.document(operation);
            return operation;
        };
    }

    @Bean
    OpenApiCustomizer documentCompletion() {
        return openApi -> {
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            ExampleDocumentation.addExamples(openApi);
        };
    }

    static Schema<?> problemRef() {
        return new Schema<>().$ref("#/components/schemas/" + PROBLEM);
    }

    /** A schema of one JSON type, as OpenAPI 3.1 writes it. */
    static Schema<?> schema(String type) {
        return new Schema<>().type(type).types(Set.of(type));
    }

    @SuppressWarnings({"rawtypes"})
    private static Schema<?> problemSchema() {
        var properties = new LinkedHashMap<String, Schema>();
        properties.put(
                "type",
                schema("string")
                        .format("uri")
                        .description("What went wrong, as urn:nexus:problem:<slug>; stable, switch on it")
                        .example("urn:nexus:problem:validation-failed"));
        properties.put("title", schema("string").description("A short summary of the type"));
        properties.put("status", schema("integer").description("The HTTP status"));
        properties.put("detail", schema("string").description("What to do about it, for people"));
        properties.put("instance", schema("string").description("The path of the request"));
        properties.put("requestId", schema("string").description("Quote it when you report a problem"));
        properties.put(
                "errors",
                schema("array")
                        .description("The invalid fields (validation-failed only)")
                        .items(schema("object")
                                .addProperty("field", schema("string"))
                                .addProperty("message", schema("string"))
                                .required(List.of("field", "message"))));
        properties.put("retryAfterSeconds", schema("integer").description("When to try again (rate-limited only)"));
        return schema("object")
                .description("RFC 9457 problem details")
                .properties(properties)
                .required(List.of("type", "title", "status", "detail", "instance", "requestId"));
    }
}
