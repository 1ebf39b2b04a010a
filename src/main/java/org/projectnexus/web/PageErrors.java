package org.projectnexus.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.projectnexus.shared.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors of the browser's pages as pages in the site's layout (404, 403, 429, 500, ...), ahead of
 * the API's problem+json handler, which keeps every other path. A visitor's mistake is a 4xx page
 * that says what to do; only our own failures are 500s, logged, with the request id to quote.
 */
final class PageErrors implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    private final ObjectProvider<Layouts> layouts;

    PageErrors(ObjectProvider<Layouts> layouts) {
        this.layouts = layouts;
    }

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (!Routes.isPage(request) || ex instanceof AccessDeniedException) {
            // The API answers in problem+json; Spring Security turns refusals into sign-in or 403 pages.
            return null;
        }
        HttpStatusCode status;
        String message;
        if (ex instanceof NoResourceFoundException) {
            status = HttpStatus.NOT_FOUND;
            message =
                    "There is no page at this address. Search for what you were looking for, or start from the home page.";
        } else if (ex instanceof ErrorResponse error) {
            status = error.getStatusCode();
            message = error.getBody().getDetail();
            error.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        } else if (ex instanceof TypeMismatchException || ex instanceof HttpMessageNotReadableException) {
            status = HttpStatus.BAD_REQUEST;
            message = "Part of the address or the form is not what this page expects.";
        } else {
            log.error("Unexpected error while rendering {}", request.getRequestURI(), ex);
            status = HttpStatus.INTERNAL_SERVER_ERROR;
            message = "Something went wrong on our side. Try again in a moment; if it keeps happening, quote the"
                    + " request id below when you report it.";
        }
        if (ex instanceof ProblemException problem && status.value() == 500) {
            log.error("Problem 500 while rendering {}", request.getRequestURI(), problem);
        }
        response.setStatus(status.value());
        var heading = ErrorPage.heading(status.value());
        return PageRenderer.view(
                "error", ErrorPage.of(layouts.getObject().of(request, heading, ""), status, message, request));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
