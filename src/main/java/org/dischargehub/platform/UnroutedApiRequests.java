package org.dischargehub.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A request under /api/ that reaches none of the hub's handlers (an unknown address, a method or a media type the
 * address does not take) is answered by {@link ApiProblems} like every other API error; {@code ApiProblems} itself
 * only sees requests that reached the hub's own controllers. Anything outside /api/ keeps Spring's own answer.
 */
@RestControllerAdvice
class UnroutedApiRequests {

    private final ApiProblems problems;

    UnroutedApiRequests(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class,
            HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class,
            HttpMediaTypeNotAcceptableException.class})
    ResponseEntity<Object> unrouted(Exception e, HttpServletRequest servletRequest, WebRequest request)
            throws Exception {
        String path = servletRequest.getRequestURI().substring(servletRequest.getContextPath().length());
        if (!path.startsWith("/api/") && !path.equals("/api")) {
            throw e; // not the API's: Spring answers as it would without this class
        }
        return problems.handleException(e, request);
    }
}
