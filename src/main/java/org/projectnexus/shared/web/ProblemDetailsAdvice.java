package org.projectnexus.shared.web;

import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.projectnexus.shared.FieldProblem;
import org.projectnexus.shared.ProblemException;
import org.projectnexus.shared.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns every exception raised in Spring MVC into {@code application/problem+json} (RFC 9457)
 * with a message a client can act on. Client mistakes never become 500; unexpected failures do,
 * without leaking internals.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem;
        if (body instanceof ProblemDetail given) {
            problem = given;
        } else if (body == null && ex instanceof ErrorResponse errorResponse) {
            // ProblemException and Spring's own ErrorResponse exceptions carry their document.
            problem = errorResponse.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale());
        } else {
            problem = ProblemDetail.forStatus(status);
        }
        if (problem.getDetail() == null) {
            var reason = HttpStatus.resolve(status.value());
            problem.setDetail("The request could not be processed: "
                    + (reason != null ? reason.getReasonPhrase() : "status " + status.value()) + ".");
        }
        var servletRequest = ((ServletWebRequest) request).getRequest();
        Problems.complete(problem, servletRequest);
        var responseHeaders = new HttpHeaders();
        if (headers != null) {
            responseHeaders.putAll(headers);
        }
        responseHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(problem, responseHeaders, status);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = Problems.of(
                HttpStatus.NOT_FOUND,
                "not-found",
                "Not Found",
                "There is no endpoint " + ex.getHttpMethod() + " /" + ex.getResourcePath()
                        + "; the API is described at /api/docs.");
        return handleExceptionInternal(ex, problem, headers, HttpStatus.NOT_FOUND, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(
            HttpRequestMethodNotSupportedException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var allowed =
                ex.getSupportedHttpMethods() == null ? "another method" : "one of " + ex.getSupportedHttpMethods();
        var problem = Problems.of(
                status,
                "method-not-allowed",
                "Method Not Allowed",
                "Method " + ex.getMethod() + " is not supported here; use " + allowed + ".");
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            HttpMediaTypeNotSupportedException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var given = ex.getContentType() == null ? "no Content-Type" : "Content-Type '" + ex.getContentType() + "'";
        var problem = Problems.of(
                status,
                "unsupported-media-type",
                "Unsupported Media Type",
                "The request has " + given + "; send one of " + ex.getSupportedMediaTypes() + ".");
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        var problem = Problems.of(
                status,
                "missing-parameter",
                "Missing parameter",
                "The required parameter '" + ex.getParameterName() + "' is missing.");
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = new ArrayList<FieldProblem>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.add(new FieldProblem(error.getField(), messageOf(error)));
        }
        ex.getBindingResult()
                .getGlobalErrors()
                .forEach(error -> errors.add(new FieldProblem(error.getObjectName(), messageOf(error))));
        return validationProblem(ex, errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = new ArrayList<FieldProblem>();
        ex.getParameterValidationResults().forEach(result -> {
            var name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors()
                    .forEach(error -> errors.add(new FieldProblem(
                            error instanceof FieldError fieldError ? fieldError.getField() : name, messageOf(error))));
        });
        return validationProblem(ex, errors, request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex, WebRequest request) {
        var errors = ex.getConstraintViolations().stream()
                .map(violation ->
                        new FieldProblem(lastNode(violation.getPropertyPath().toString()), violation.getMessage()))
                .toList();
        return validationProblem(ex, errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var tooLarge = findCause(ex, RequestSizeLimitFilter.BodyTooLargeException.class);
        if (tooLarge != null) {
            var problem = Problems.of(
                    HttpStatus.CONTENT_TOO_LARGE, "content-too-large", "Request body too large", tooLarge.getMessage());
            return handleExceptionInternal(ex, problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
        }
        var invalidValue = findCause(ex, ValueInstantiationException.class);
        if (invalidValue != null && invalidValue.getCause() instanceof IllegalArgumentException reason) {
            // Value objects validate in their constructors; their messages are written for clients.
            var errors = List.of(new FieldProblem(pathOf(invalidValue), reason.getMessage()));
            return validationProblem(ex, errors, request);
        }
        var problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request body", describe(ex));
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var name = ex.getPropertyName() != null ? ex.getPropertyName() : "value";
        var expected = ex.getRequiredType() != null ? describeType(ex.getRequiredType()) : "a valid value";
        var problem = Problems.of(
                HttpStatus.BAD_REQUEST,
                "invalid-parameter",
                "Invalid parameter",
                "Parameter '" + name + "' has the invalid value '" + ex.getValue() + "'; expected " + expected + ".");
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /**
     * Method-security refusals raised inside a controller: 401 for anonymous callers (they may sign
     * in), 403 for members whose role or token scope falls short.
     */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> handleAccessDenied(AccessDeniedException ex, WebRequest request) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            var headers = new HttpHeaders();
            headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            var problem = Problems.of(
                    HttpStatus.UNAUTHORIZED,
                    "unauthorized",
                    "Unauthorized",
                    "This needs authentication: send 'Authorization: Bearer <token>'.");
            return handleExceptionInternal(ex, problem, headers, HttpStatus.UNAUTHORIZED, request);
        }
        var problem = Problems.of(
                HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Your role or your token's scopes do not allow this.");
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.FORBIDDEN, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
        log.error(
                "Unexpected error while handling {}",
                ((ServletWebRequest) request).getRequest().getRequestURI(),
                ex);
        var problem = Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "Internal server error",
                "Something went wrong on our side. Quote the requestId when you report it.");
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    private ResponseEntity<Object> validationProblem(Exception ex, List<FieldProblem> errors, WebRequest request) {
        var problem = ProblemException.invalid(errors).getBody();
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.UNPROCESSABLE_CONTENT, request);
    }

    private static String messageOf(MessageSourceResolvable error) {
        return error.getDefaultMessage() != null ? error.getDefaultMessage() : "is invalid";
    }

    private static String describe(HttpMessageNotReadableException ex) {
        var unrecognized = findCause(ex, UnrecognizedPropertyException.class);
        if (unrecognized != null) {
            return "Unknown field '" + pathOf(unrecognized) + "'.";
        }
        var invalidFormat = findCause(ex, InvalidFormatException.class);
        if (invalidFormat != null) {
            return "Field '" + pathOf(invalidFormat) + "' has the invalid value '" + invalidFormat.getValue()
                    + "'; expected " + describeType(invalidFormat.getTargetType()) + ".";
        }
        var mismatched = findCause(ex, MismatchedInputException.class);
        if (mismatched != null && !mismatched.getPath().isEmpty()) {
            return "Field '" + pathOf(mismatched) + "' has the wrong type; expected "
                    + describeType(mismatched.getTargetType()) + ".";
        }
        var syntax = findCause(ex, StreamReadException.class);
        if (syntax != null) {
            var location = syntax.getLocation();
            return "The body is not valid JSON"
                    + (location != null
                            ? " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")"
                            : "")
                    + ": " + firstLine(syntax.getOriginalMessage()) + ".";
        }
        if (ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing")) {
            return "The request body is missing.";
        }
        return "The request body could not be read as JSON.";
    }

    private static String describeType(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type.isEnum()) {
            return "one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(Object::toString)
                            .toList();
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Iterable.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "a " + type.getSimpleName();
    }

    private static String pathOf(JacksonException ex) {
        var path = new StringBuilder();
        for (var reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot >= 0 ? propertyPath.substring(dot + 1) : propertyPath;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unexpected content";
        }
        int newline = message.indexOf('\n');
        return newline >= 0 ? message.substring(0, newline) : message;
    }

    private static <T extends Throwable> T findCause(Throwable ex, Class<T> type) {
        for (Throwable current = ex; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return null;
    }
}
