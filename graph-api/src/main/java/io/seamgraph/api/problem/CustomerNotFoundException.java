package io.seamgraph.api.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No customer has the id. Its own type so that the id can still be resolved as an alias of a merged customer
 * (io.seamgraph.api.identity.AliasRedirects) before the 404 goes out.
 */
public final class CustomerNotFoundException extends ErrorResponseException {

    private final String customerId;

    CustomerNotFoundException(String customerId, ProblemDetail problem) {
        super(HttpStatus.NOT_FOUND, problem, null);
        this.customerId = customerId;
    }

    public String customerId() {
        return customerId;
    }
}
