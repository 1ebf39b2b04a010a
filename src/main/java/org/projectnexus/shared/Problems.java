package org.projectnexus.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the RFC 9457 problem documents of the API, so controllers, the exception handler, the
 * error page and servlet filters of every module answer in one shape ({@code api.md}, "Errors").
 */
public final class Problems {

    /** Prefix of every problem {@code type}; the rest is a stable slug such as {@code not-found}. */
    public static final String TYPE_PREFIX = "urn:nexus:problem:";

    /** Request attribute and MDC key holding the id of the current request. */
    public static final String REQUEST_ID = "requestId";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {}

    public static ProblemDetail of(HttpStatusCode status, String slug, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + slug));
        problem.setTitle(title);
        return problem;
    }

    /** Adds what every problem carries: the request path and the request id. */
    public static ProblemDetail complete(ProblemDetail problem, HttpServletRequest request) {
        if (problem.getInstance() == null) {
            var path = (String) request.getAttribute("jakarta.servlet.error.request_uri");
            problem.setInstance(URI.create(path != null ? path : request.getRequestURI()));
        }
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(URI.create(TYPE_PREFIX + slugFor(problem.getStatus())));
        }
        if (problem.getTitle() == null) {
            var status = HttpStatus.resolve(problem.getStatus());
            problem.setTitle(status != null ? status.getReasonPhrase() : "Error");
        }
        var requestId = request.getAttribute(REQUEST_ID);
        problem.setProperty(REQUEST_ID, requestId instanceof String id ? id : MDC.get(REQUEST_ID));
        return problem;
    }

    public static String slugFor(int status) {
        var resolved = HttpStatus.resolve(status);
        return resolved == null
                ? "status-" + status
                : resolved.name().toLowerCase().replace('_', '-');
    }

    /** For code that runs outside Spring MVC (servlet filters). */
    public static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        complete(problem, request);
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), asMap(problem));
    }

    // Spring MVC flattens ProblemDetail#properties through a Jackson mix-in of its converter; a
    // plain mapper would nest them, so filters write this flat map instead.
    private static Map<String, Object> asMap(ProblemDetail problem) {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", problem.getInstance().toString());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }
}
