package org.projectnexus.shared.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.projectnexus.shared.ProblemResponse;
import org.projectnexus.shared.Problems;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;

/**
 * The refusals of one operation, each status with the problem types it answers with: those that
 * follow from the operation's shape (a JSON body, typed parameters, paging, path ids, a token) and
 * those its controller method declares with {@link ProblemResponse}. Every example carries its
 * {@code type}, so a client can switch on it.
 */
final class ProblemDocumentation {

    static final String PROBLEM_JSON = "application/problem+json";

    private ProblemDocumentation() {}

    /** What about an operation makes a refusal possible. */
    private enum When {
        ALWAYS,
        BODY,
        TYPED_PARAMETER,
        CURSOR,
        LIMIT,
        PATH_ID,
        TOKEN_REQUIRED
    }

    private record Common(When when, int status, String type, String title, String detail) {}

    private static final List<Common> COMMON = List.of(
            new Common(
                    When.BODY,
                    400,
                    "malformed-request",
                    "Malformed request body",
                    "The body is not valid JSON (line 1, column 12): Unexpected end-of-input."),
            new Common(
                    When.BODY,
                    413,
                    "content-too-large",
                    "Request body too large",
                    "The request body is larger than the limit of 1048576 bytes."),
            new Common(
                    When.BODY,
                    415,
                    "unsupported-media-type",
                    "Unsupported Media Type",
                    "The request has Content-Type 'text/plain'; send one of [application/json]."),
            new Common(
                    When.BODY,
                    422,
                    "validation-failed",
                    "Validation failed",
                    "The request is not valid: title: must not be blank."),
            new Common(
                    When.TYPED_PARAMETER,
                    400,
                    "invalid-parameter",
                    "Invalid parameter",
                    "Parameter 'limit' has the invalid value 'ten'; expected a number."),
            new Common(
                    When.CURSOR,
                    400,
                    "invalid-cursor",
                    "Bad Request",
                    "The cursor is not valid (modified or truncated); use the nextCursor value as given."),
            new Common(
                    When.LIMIT,
                    422,
                    "validation-failed",
                    "Validation failed",
                    "The request is not valid: limit: must be between 1 and 100."),
            new Common(
                    When.PATH_ID,
                    404,
                    "not-found",
                    "Not Found",
                    "No entry with id '0196c0de-0000-7000-8000-000000000000'."),
            // Every request with a bearer token has it checked, even where none is needed.
            new Common(
                    When.ALWAYS,
                    401,
                    "unauthorized",
                    "Unauthorized",
                    "The token has expired; get a new access token with POST /api/v1/auth/refresh."),
            new Common(
                    When.TOKEN_REQUIRED,
                    403,
                    "forbidden",
                    "Forbidden",
                    "Your role or your token's scopes do not allow this."),
            new Common(
                    When.ALWAYS,
                    429,
                    "rate-limited",
                    "Too Many Requests",
                    "Too many requests; try again in 42 seconds."),
            new Common(
                    When.ALWAYS,
                    500,
                    "internal-error",
                    "Internal server error",
                    "Something went wrong on our side. Quote the requestId when you report it."),
            new Common(
                    When.ALWAYS,
                    503,
                    "api-role-not-running",
                    "API not served here",
                    "This instance runs without the 'api' role (NEXUS_ROLES); send API requests to an API instance."));

    static void document(Operation operation, HandlerMethod handler, String path, OperationSecurity.Access access) {
        var refusals = new Refusals(path);
        // Declared first: where a type is declared and also common, the declared example is the truer one.
        for (var declared :
                AnnotatedElementUtils.findMergedRepeatableAnnotations(handler.getMethod(), ProblemResponse.class)) {
            refusals.add(declared.status(), declared.type(), declared.title(), declared.detail());
        }
        var shape = shape(operation, access);
        COMMON.stream()
                .filter(common -> shape.contains(common.when()))
                .forEach(common -> refusals.add(common.status(), common.type(), common.title(), common.detail()));
        refusals.writeTo(operation);
    }

    private static Set<When> shape(Operation operation, OperationSecurity.Access access) {
        var parameters = operation.getParameters() == null ? List.<Parameter>of() : operation.getParameters();
        var shape = EnumSet.of(When.ALWAYS);
        if (operation.getRequestBody() != null) {
            shape.add(When.BODY);
        }
        if (parameters.stream().anyMatch(ProblemDocumentation::typed)) {
            shape.add(When.TYPED_PARAMETER);
        }
        if (parameters.stream().anyMatch(p -> "cursor".equals(p.getName()))) {
            shape.add(When.CURSOR);
        }
        if (parameters.stream().anyMatch(p -> "limit".equals(p.getName()))) {
            shape.add(When.LIMIT);
        }
        if (parameters.stream().anyMatch(p -> "path".equals(p.getIn()))) {
            shape.add(When.PATH_ID);
        }
        if (access.needsToken()) {
            shape.add(When.TOKEN_REQUIRED);
        }
        return shape;
    }

    /** A parameter Spring converts from text, so a bad value is a 400 before the handler runs. */
    private static boolean typed(Parameter parameter) {
        var schema = parameter.getSchema();
        if (schema == null) {
            return false;
        }
        var type = schema.getTypes() != null && !schema.getTypes().isEmpty()
                ? schema.getTypes().iterator().next()
                : schema.getType();
        return schema.getEnum() != null || schema.getFormat() != null || (type != null && !"string".equals(type));
    }

    /** The refusals of one operation by status, each with an example per type. */
    private static final class Refusals {

        private final String path;
        private final Map<Integer, Map<String, Example>> byStatus = new TreeMap<>();

        Refusals(String path) {
            this.path = path;
        }

        void add(int status, String type, String title, String detail) {
            var reason = HttpStatus.valueOf(status).getReasonPhrase();
            var value = new LinkedHashMap<String, Object>();
            value.put("type", Problems.TYPE_PREFIX + type);
            value.put("title", title.isEmpty() ? reason : title);
            value.put("status", status);
            value.put("detail", detail);
            value.put("instance", path);
            value.put(Problems.REQUEST_ID, "0b9a3c1e-5f27-4d0a-9c4e-2f1d8b7a6e54");
            if (status == 422) {
                value.put("errors", List.of(Map.of("field", "title", "message", "must not be blank")));
            }
            byStatus.computeIfAbsent(status, s -> new LinkedHashMap<>())
                    .putIfAbsent(type, new Example().summary(type).value(value));
        }

        void writeTo(Operation operation) {
            byStatus.forEach((status, examples) -> {
                var responses = operation.getResponses();
                var key = String.valueOf(status);
                var response = responses.get(key);
                if (response == null) {
                    response = new ApiResponse().description(describe(status, examples));
                    responses.addApiResponse(key, response);
                }
                var media = new MediaType()
                        .schema(OpenApiConfiguration.problemRef())
                        .examples(examples);
                response.setContent(new Content().addMediaType(PROBLEM_JSON, media));
                if (status == 429) {
                    response.addHeaderObject("Retry-After", header("Seconds until a request is allowed again"));
                }
            });
        }

        private static String describe(int status, Map<String, Example> examples) {
            var reason = HttpStatus.valueOf(status).getReasonPhrase();
            var types = examples.keySet().stream()
                    .map(slug -> "`" + Problems.TYPE_PREFIX + slug + "`")
                    .toList();
            return reason + ": " + String.join(", ", types);
        }

        private static Header header(String description) {
            return new Header().description(description).schema(OpenApiConfiguration.schema("integer"));
        }
    }
}
