package io.seamgraph.api.identity;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import io.seamgraph.api.problem.CustomerNotFoundException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A customer id that resolve merged into another keeps working: any {@code /api/customers/{oldId}/...} request answers
 * {@code 308 Permanent Redirect} to the same path (and query) under the surviving id, with a small body that names
 * both. 308 rather than 301 because it keeps the method; clients that follow redirects see the current customer.
 * Only an id that is neither a customer nor an alias gives the 404.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AliasRedirects {

    private static final String PREFIX = "/api/customers/";

    private final IdentityRepository identities;

    AliasRedirects(IdentityRepository identities) {
        this.identities = identities;
    }

    /**
     * @param requestedId the id asked for
     * @param aliasOf     the customer it now answers for
     * @param location    the same request under the current id
     */
    record Moved(String requestedId, String aliasOf, String location) {
    }

    @ExceptionHandler(CustomerNotFoundException.class)
    ResponseEntity<?> aliasOrNotFound(CustomerNotFoundException notFound, HttpServletRequest request) {
        Optional<String> current = identities.aliasOf(notFound.customerId());
        String path = request.getRequestURI();
        String encoded = PREFIX + URLEncoder.encode(notFound.customerId(), StandardCharsets.UTF_8).replace("+", "%20");
        if (current.isEmpty() || !path.startsWith(encoded)) {
            ProblemDetail problem = notFound.getBody();
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
        }
        String location = PREFIX + URLEncoder.encode(current.get(), StandardCharsets.UTF_8)
            + path.substring(encoded.length())
            + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return ResponseEntity.status(HttpStatus.PERMANENT_REDIRECT).location(URI.create(location))
            .body(new Moved(notFound.customerId(), current.get(), location));
    }
}
