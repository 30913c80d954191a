package io.seamgraph.api.customer;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer to a look-up by identifier. An identifier a household shares can match several customers; one that
 * matches nothing gives an empty list.
 *
 * @param readAs    how the identifier was read: {@code email}, {@code phone} or {@code key}
 * @param matchedBy what matched it: {@code identity} or {@code record}, or {@code null} when nothing did
 * @param customers the customers, by id, at most {@value CustomerController#MAX_MATCHES}
 * @param truncated whether more customers matched than are listed
 */
record CustomerMatches(
    @Schema(allowableValues = {"email", "phone", "key"}) String readAs,
    @Schema(allowableValues = {"identity", "record"}, nullable = true) String matchedBy,
    List<CustomerSummary> customers,
    boolean truncated) {
}
