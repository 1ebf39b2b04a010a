package org.projectnexus.shared.graphql;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.introspection.Introspection;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetchingEnvironment;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.projectnexus.shared.FieldProblem;
import org.projectnexus.shared.PageRequest;
import org.projectnexus.shared.ProblemException;
import org.projectnexus.shared.Problems;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The GraphQL platform every module's schema and controllers plug into: the {@code DateTime}
 * scalar, depth, complexity and size limits, and errors that carry {@code extensions.code} ({@code
 * UNAUTHENTICATED}, {@code FORBIDDEN}, {@code NOT_FOUND}, {@code BAD_USER_INPUT}, {@code CONFLICT},
 * {@code RATE_LIMITED}, {@code QUERY_TOO_COMPLEX}, {@code INTERNAL}) with the messages of the REST
 * problems and nothing internal.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

    /**
     * GraphQL responses keep their nulls ({@code "me": null} is part of the answer) while REST
     * leaves them out, so GraphQL gets a JSON writer of its own. Errors of a request that cannot run
     * still answer 200 with {@code errors}: a 4xx here would be the only one that is not a problem
     * document.
     */
    @Bean
    GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler webGraphQlHandler) {
        var handler = new GraphQlHttpHandler(
                webGraphQlHandler,
                new JacksonJsonHttpMessageConverter(JsonMapper.builder().build()));
        handler.setHttpOkOnValidationErrors(true);
        return handler;
    }

    /**
     * Resolvers run on the request's own (virtual) thread, one after another, instead of each on a
     * thread of its own (Boot's default with virtual threads): then every batched field of a page
     * is loaded in one statement, deterministically, and a request holds one database connection
     * at a time, not one per field in flight.
     */
    @Bean
    static BeanPostProcessor resolversOnTheRequestThread() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof AnnotatedControllerConfigurer configurer) {
                    configurer.setBlockingMethodPredicate(method -> false);
                }
                return bean;
            }
        };
    }

    @Bean
    RuntimeWiringConfigurer nexusScalars() {
        return wiring -> wiring.scalar(DateTimeScalar.INSTANCE);
    }

    /** Introspection is left to graphql-java's own good-faith limits: GraphiQL's query is deep. */
    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth(GraphQlProperties properties) {
        return new MaxQueryDepthInstrumentation(properties.maxDepth()) {
            @Override
            public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                    InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
                return isIntrospection(parameters)
                        ? SimpleInstrumentationContext.noOp()
                        : super.beginExecuteOperation(parameters, state);
            }
        };
    }

    /**
     * A field costs 1 plus its children; a connection (a field with {@code first}) costs its page
     * size times its children, so nesting lists multiplies as the work does.
     */
    @Bean
    MaxQueryComplexityInstrumentation maxQueryComplexity(GraphQlProperties properties) {
        return new MaxQueryComplexityInstrumentation(properties.maxComplexity(), (environment, children) -> {
            if (environment.getFieldDefinition().getArgument("first") == null) {
                return 1 + children;
            }
            var size = environment.getArguments().get("first") instanceof Number first
                    ? Math.clamp(first.intValue(), 1, PageRequest.MAX_LIMIT)
                    : PageRequest.DEFAULT_LIMIT;
            return 1 + size * Math.max(1, children);
        }) {
            @Override
            public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                    InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
                return isIntrospection(parameters)
                        ? SimpleInstrumentationContext.noOp()
                        : super.beginExecuteOperation(parameters, state);
            }
        };
    }

    private static boolean isIntrospection(InstrumentationExecuteOperationParameters parameters) {
        OperationDefinition operation = parameters.getExecutionContext().getOperationDefinition();
        return operation.getSelectionSet().getSelections().stream()
                .allMatch(selection ->
                        selection instanceof Field field && field.getName().startsWith("__"));
    }

    /** The modules' problems (and bean-validation failures) as GraphQL errors with a code. */
    @Bean
    DataFetcherExceptionResolver nexusErrors() {
        return new DataFetcherExceptionResolverAdapter() {
            @Override
            protected GraphQLError resolveToSingleError(Throwable error, DataFetchingEnvironment environment) {
                if (error instanceof ProblemException problem) {
                    return problem(problem, environment);
                }
                if (error instanceof ConstraintViolationException invalid) {
                    // Bean validation of arguments: the same 422 problem as REST's, then as above.
                    return problem(
                            ProblemException.invalid(invalid.getConstraintViolations().stream()
                                    .map(v -> new FieldProblem(fieldOf(v), v.getMessage()))
                                    .toList()),
                            environment);
                }
                // Security refusals are Spring's SecurityDataFetcherExceptionResolver's (it knows who
                // is anonymous); anything else is INTERNAL without details. The interceptor codes both.
                return null;
            }
        };
    }

    private static GraphQLError problem(ProblemException problem, DataFetchingEnvironment environment) {
        var status = problem.getStatusCode().value();
        var code = switch (status) {
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 409, 412, 428 -> "CONFLICT";
            case 429 -> "RATE_LIMITED";
            default -> status >= 500 ? "INTERNAL" : "BAD_USER_INPUT";
        };
        ErrorClassification type = switch (code) {
            case "UNAUTHENTICATED" -> ErrorType.UNAUTHORIZED;
            case "FORBIDDEN" -> ErrorType.FORBIDDEN;
            case "NOT_FOUND" -> ErrorType.NOT_FOUND;
            case "INTERNAL" -> ErrorType.INTERNAL_ERROR;
            default -> ErrorType.BAD_REQUEST;
        };
        var body = problem.getBody();
        var extensions = new LinkedHashMap<String, Object>();
        extensions.put("code", code);
        extensions.put("status", status);
        var properties = body.getProperties() == null ? Map.<String, Object>of() : body.getProperties();
        for (var name : List.of("errors", "retryAfterSeconds")) {
            if (properties.get(name) != null) {
                extensions.put(name, properties.get(name));
            }
        }
        return GraphqlErrorBuilder.newError(environment)
                .errorType(type)
                .message(body.getDetail() == null ? body.getTitle() : body.getDetail())
                .extensions(extensions)
                .build();
    }

    /** {@code createEntry.input.project.demoUrl} → {@code project.demoUrl}: the path inside the argument. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        var names = StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .map(node -> node.getName() == null ? "" : node.getName())
                .filter(name -> !name.isEmpty())
                .toList();
        return names.size() > 2 ? String.join(".", names.subList(2, names.size())) : names.getLast();
    }

    /**
     * Refuses documents over the size limit before parsing, turns introspection off where it is not
     * configured, and gives every error a code: those
     * raised before any resolver (syntax, validation, limits, security) and unexpected ones, whose
     * message is replaced so that nothing internal leaves.
     */
    @Bean
    WebGraphQlInterceptor nexusRequestLimitsAndErrorCodes(GraphQlProperties properties) {
        return (request, chain) -> {
            if (request.getDocument().length() > properties.maxQueryLength()) {
                var error = GraphqlErrorBuilder.newError()
                        .errorType(ErrorType.BAD_REQUEST)
                        .message("The query is " + request.getDocument().length() + " characters long; the limit is "
                                + properties.maxQueryLength() + ". Ask for less in one request.")
                        .extensions(Map.of("code", "QUERY_TOO_LARGE"))
                        .build();
                var result =
                        ExecutionResult.newExecutionResult().addError(error).build();
                return Mono.just(new WebGraphQlResponse(
                        new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)));
            }
            if (!properties.introspection()) {
                request.configureExecutionInput(
                        (input, builder) -> builder.graphQLContext(Map.of(Introspection.INTROSPECTION_DISABLED, true))
                                .build());
            }
            var requestId = request.getAttributes().get(Problems.REQUEST_ID);
            return chain.next(request).map(response -> {
                if (response.getErrors().stream()
                        .allMatch(e -> e.getExtensions().containsKey("code"))) {
                    return response;
                }
                return response.transform(builder -> builder.errors(response.getErrors().stream()
                        .map(error -> withCode(error, requestId))
                        .toList()));
            });
        };
    }

    private static GraphQLError withCode(ResponseError error, Object requestId) {
        var extensions = new LinkedHashMap<String, Object>(error.getExtensions());
        var message = error.getMessage();
        if (!extensions.containsKey("code")) {
            var type = error.getErrorType();
            String code;
            if (type == ErrorType.UNAUTHORIZED) {
                code = "UNAUTHENTICATED";
                message = "This needs authentication: send 'Authorization: Bearer <token>' with an access token"
                        + " (POST /api/v1/auth/login) or a personal access token.";
            } else if (type == ErrorType.FORBIDDEN) {
                code = "FORBIDDEN";
                message = "Your role or your token's scopes do not allow this.";
            } else if (type != null && "IntrospectionDisabled".equals(type.toString())) {
                code = "FORBIDDEN";
                message =
                        "This server does not answer introspection queries; the schema is in the API's documentation.";
            } else if (type == ErrorType.NOT_FOUND) {
                code = "NOT_FOUND";
            } else if (type == graphql.ErrorType.ExecutionAborted) {
                code = "QUERY_TOO_COMPLEX";
                message = message + ": ask for fewer or smaller connections (first), or less nesting.";
            } else if (type == ErrorType.INTERNAL_ERROR || type == graphql.ErrorType.DataFetchingException) {
                code = "INTERNAL";
                message = "Something went wrong on our side. Quote the requestId when you report it.";
                if (requestId != null) {
                    extensions.put("requestId", requestId);
                }
            } else {
                // Syntax and validation errors, variables that do not fit their types.
                code = "BAD_USER_INPUT";
            }
            extensions.put("code", code);
        }
        var builder = GraphqlErrorBuilder.newError()
                .message(message)
                .errorType(error.getErrorType())
                .extensions(extensions);
        if (error.getParsedPath() != null && !error.getParsedPath().isEmpty()) {
            builder.path(error.getParsedPath());
        }
        if (error.getLocations() != null && !error.getLocations().isEmpty()) {
            builder.locations(List.copyOf(error.getLocations()));
        }
        return builder.build();
    }
}
