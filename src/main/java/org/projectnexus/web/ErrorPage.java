package org.projectnexus.web;

import jakarta.servlet.http.HttpServletRequest;
import org.projectnexus.shared.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * A page for a request that went wrong: what happened, in words, and what to do next.
 *
 * @param requestId to quote when reporting a 500
 */
public record ErrorPage(Layout layout, int status, String heading, String message, String requestId) {

    static ErrorPage of(Layout layout, HttpStatusCode status, String message, HttpServletRequest request) {
        var id = request.getAttribute(Problems.REQUEST_ID);
        return new ErrorPage(
                layout, status.value(), heading(status.value()), message, id instanceof String s ? s : null);
    }

    static String heading(int status) {
        return switch (status) {
            case 400 -> "That request did not make sense";
            case 401 -> "Sign in first";
            case 403 -> "Not allowed";
            case 404 -> "Nothing here";
            case 405 -> "Not like that";
            case 409 -> "That clashes with something";
            case 413 -> "Too large";
            case 429 -> "Slow down a little";
            default -> {
                var reason = HttpStatus.resolve(status);
                yield status >= 500
                        ? "Something went wrong on our side"
                        : reason != null ? reason.getReasonPhrase() : "Error";
            }
        };
    }
}
