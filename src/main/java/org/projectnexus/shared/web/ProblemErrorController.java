package org.projectnexus.shared.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.projectnexus.shared.Problems;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Spring Boot's error page: errors that never reach a controller (raised by the servlet
 * container or a filter) are answered as problem documents too, never as HTML or a stack trace.
 * Not an endpoint of the API, so not in its OpenAPI document.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping(path = "${server.error.path:/error}", produces = MediaType.ALL_VALUE)
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        var status = HttpStatus.resolve(code instanceof Integer i ? i : 500);
        if (status == null || !status.isError()) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        var detail = status.is5xxServerError()
                ? "Something went wrong on our side. Quote the requestId when you report it."
                : "The request could not be processed: " + status.getReasonPhrase() + ".";
        var problem = Problems.of(status, Problems.slugFor(status.value()), status.getReasonPhrase(), detail);
        Problems.complete(problem, request);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
