package io.seamgraph.api.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Every error the API reports to a caller comes from here, as an RFC 9457 problem detail that says what was wrong and
 * how to put it right. A problem about one request parameter names it in the detail and in the {@code parameter}
 * property. Personal data (an identifier a caller sent) is never echoed back.
 */
public final class ApiErrors {

    public static final String PARAMETER = "parameter";

    private ApiErrors() {
    }

    public static CustomerNotFoundException customerNotFound(String customerId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
            "No customer has id '" + customerId + "'. Customer ids look like C-0123456789abcdef; find one with "
                + "GET /api/customers?identifier=...");
        problem.setTitle("Customer not found");
        problem.setProperty("customerId", customerId);
        return new CustomerNotFoundException(customerId, problem);
    }

    /** The analytics endpoints read what the metrics job precomputed; before its first run there is nothing. */
    public static ErrorResponseException metricsNotComputed() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
            "No journey metrics have been computed for this graph yet. Run the metrics job (./seamgraph metrics, or "
                + "./seamgraph pipeline, which runs it last) and retry.");
        problem.setTitle("Metrics not computed");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }

    /** Topics and gap sentiment read what the gap-sentiment job precomputed; before its first run there is nothing. */
    public static ErrorResponseException voiceNotComputed() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
            "No topic or gap-sentiment statistics have been computed for this graph yet. Run the gap-sentiment job "
                + "(./seamgraph gap-sentiment, or ./seamgraph pipeline, which runs it after gaps) and retry.");
        problem.setTitle("Voice statistics not computed");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }

    /**
     * A request parameter that cannot be used.
     *
     * @param parameter the parameter's name
     * @param problem   what is wrong with it, in a sentence
     * @param fix       what the caller should send instead, in a sentence
     */
    public static ErrorResponseException badParameter(String parameter, String problem, String fix) {
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, badParameterDetail(parameter, problem, fix), null);
    }

    static ProblemDetail badParameterDetail(String parameter, String problem, String fix) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
            "Parameter '" + parameter + "': " + problem + " " + fix);
        detail.setTitle("Bad request parameter");
        detail.setProperty(PARAMETER, parameter);
        return detail;
    }

    public static ErrorResponseException correctionNotFound(String correctionId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
            "No correction has id '" + correctionId + "'. List them with GET /api/corrections.");
        problem.setTitle("Correction not found");
        problem.setProperty("correctionId", correctionId);
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }

    static ProblemDetail graphUnavailable() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
            "The graph database cannot be reached. Check that Neo4j runs at the configured spring.neo4j.uri "
                + "(NEO4J_URI) and that /actuator/health shows neo4j UP, then retry.");
        problem.setTitle("Graph database unavailable");
        return problem;
    }
}
