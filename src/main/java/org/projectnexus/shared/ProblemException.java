package org.projectnexus.shared;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponseException;

/**
 * A refusal a client can act on, raised anywhere in a module and answered as {@code
 * application/problem+json} with the given status, slug and message.
 */
public class ProblemException extends ErrorResponseException {

    public ProblemException(HttpStatusCode status, String slug, String title, String detail) {
        super(status, Problems.of(status, slug, title, detail), null);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found", "Not Found", detail);
    }

    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(HttpStatus.CONFLICT, slug, "Conflict", detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail);
    }

    public static ProblemException badRequest(String slug, String detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, slug, "Bad Request", detail);
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", detail);
    }

    /** 422 for one field, shaped like bean-validation failures ({@code errors: [{field, message}]}). */
    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldProblem(field, message)));
    }

    /** 422 naming every invalid field, in a stable order, with all of them in the detail. */
    public static ProblemException invalid(List<FieldProblem> errors) {
        var sorted = errors.stream()
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
                .toList();
        var summary = sorted.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
        var exception = new ProblemException(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "validation-failed",
                "Validation failed",
                sorted.isEmpty() ? "The request is not valid." : "The request is not valid: " + summary + ".");
        exception.getBody().setProperty("errors", sorted);
        return exception;
    }
}
