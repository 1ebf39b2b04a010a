package org.projectnexus.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Pages for what Spring Security refuses: a failed sign-in shows the form again with the reason
 * (401, or 429 with {@code Retry-After} after too many attempts); a refused or expired form is a
 * 403 page that says what to do.
 */
final class SignInFailures implements AuthenticationFailureHandler, AccessDeniedHandler {

    private final PageRenderer pages;
    private final Layouts layouts;

    SignInFailures(PageRenderer pages, Layouts layouts) {
        this.pages = pages;
        this.layouts = layouts;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        var status = HttpStatus.UNAUTHORIZED.value();
        var message = "The handle, email or password is wrong.";
        if (exception instanceof SignInProvider.Refused refused) {
            var problem = refused.problem();
            status = problem.getStatusCode().value() == 422
                    ? 401
                    : problem.getStatusCode().value();
            message = problem.getBody().getDetail();
            problem.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        }
        var login = Params.orEmpty(Params.text(request.getParameter("login")));
        pages.write(
                response,
                status,
                "signin",
                new SignInPage(layouts.withForm(request, "Sign in", "signin"), login, message));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        var message = exception instanceof CsrfException
                ? "This form has expired or did not come from this site. Go back, reload the page and send it again."
                : "Your role does not allow this page.";
        var page = ErrorPage.of(layouts.of(request, "Forbidden", ""), HttpStatus.FORBIDDEN, message, request);
        pages.write(response, HttpStatus.FORBIDDEN.value(), "error", page);
    }
}
