package io.seamgraph.api.problem;

import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns Spring MVC's own request errors into problem details that name the parameter, in the same words as
 * {@link ApiErrors}; the API's own {@link org.springframework.web.ErrorResponseException}s pass through as they are.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ApiErrors.badParameterDetail(ex.getParameterName(), "it is required but missing.",
            "Send it as ?" + ex.getParameterName() + "=... (see /v3/api-docs).");
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
            : ex.getPropertyName();
        String expected = ex.getRequiredType() == null ? "another type" : describe(ex.getRequiredType());
        ProblemDetail problem = ApiErrors.badParameterDetail(name, "'" + ex.getValue() + "' is not " + expected + ".",
            "Send " + expected + " instead.");
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    @ExceptionHandler({ServiceUnavailableException.class, DataAccessResourceFailureException.class,
        CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> graphUnavailable(Exception ex) {
        log.warn("Neo4j is unavailable: {}", ex.getMessage());
        ProblemDetail problem = ApiErrors.graphUnavailable();
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static String describe(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        return "a " + type.getSimpleName();
    }
}
