package org.dischargehub.platform;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.dischargehub.shared.ConflictException;
import org.dischargehub.shared.InvalidInputException;
import org.dischargehub.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns every failure of the HTTP API into RFC 9457 problem+json; no stack trace ever leaves the server. */
@RestControllerAdvice(basePackages = "org.dischargehub")
public class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalid(InvalidInputException e) {
        return invalid(e.errors());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraint(ConstraintViolationException e) {
        return invalid(e.getConstraintViolations().stream()
                .map(v -> new InvalidInputException.FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .toList());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e) {
        ResponseEntity<Object> answer = problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
        e.properties().forEach(((ProblemDetail) answer.getBody())::setProperty);
        return answer;
    }

    @ExceptionHandler({DataIntegrityViolationException.class, OptimisticLockingFailureException.class,
            PessimisticLockingFailureException.class, OptimisticLockingException.class})
    ResponseEntity<Object> raced(RuntimeException e) {
        if (DatabaseFailures.isDataException(e)) {
            log.info("Request carried a value the database cannot store: {}", e.getMessage());
            return problem(HttpStatus.BAD_REQUEST, "Invalid input",
                    "A value cannot be stored (a control character such as NUL, or a date out of range)");
        }
        log.info("Request lost a race or broke a database rule: {}", e.getMessage());
        return problem(HttpStatus.CONFLICT, "Conflict",
                "Someone else changed this at the same moment, or it breaks a rule of the hub; nothing was changed");
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<Object> denied(RuntimeException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", "You are not allowed to do this");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        if (DatabaseFailures.hasSqlState(e, "40")) {
            return raced(new IllegalStateException("the database rolled the transaction back (deadlock or serialization)", e));
        }
        if (DatabaseFailures.lostConnection(e)) {
            log.warn("The database connection failed during a request: {}", e.getMessage());
            return problem(HttpStatus.SERVICE_UNAVAILABLE, "Database unavailable",
                    "The connection to the database failed; nothing was changed. Send the request again");
        }
        log.error("Unexpected failure in the API", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "The hub could not complete the request; nothing was changed");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(ex.getBindingResult().getFieldErrors().stream()
                .map(f -> new InvalidInputException.FieldError(f.getField(), f.getDefaultMessage()))
                .toList());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return invalid(List.of(new InvalidInputException.FieldError(field, StrictJson.complaint(mapping))));
        }
        return problem(HttpStatus.BAD_REQUEST, "Bad request",
                "The request body is not valid JSON of the expected shape");
    }

    /** A query or path parameter that cannot be read as its type: named like a body's field, never echoed back. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Class<?> type = ex.getRequiredType();
        return invalid(List.of(new InvalidInputException.FieldError(String.valueOf(ex.getPropertyName()),
                type == null ? "has the wrong type or value" : StrictJson.expected(type))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(List.of(new InvalidInputException.FieldError(ex.getParameterName(), "is required")));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.NOT_FOUND, "Not found", "The API has no such address");
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> entity = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (entity == null) {
            return null;
        }
        return ResponseEntity.status(entity.getStatusCode())
                .headers(entity.getHeaders())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(entity.getBody());
    }

    static ResponseEntity<Object> invalid(List<InvalidInputException.FieldError> errors) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                errors.isEmpty() ? "Invalid input" : errors.get(0).field() + ": " + errors.get(0).message());
        detail.setTitle("Invalid input");
        detail.setProperty("errors", errors.stream()
                .map(f -> Map.of("field", f.field(), "message", f.message())).toList());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
    }

    static ResponseEntity<Object> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
