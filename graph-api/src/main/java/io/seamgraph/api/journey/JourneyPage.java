package io.seamgraph.api.journey;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of a customer's journey.
 *
 * @param customerId the customer
 * @param steps      the touchpoints, in journey order
 * @param nextCursor pass as {@code cursor} for the next page; {@code null} on the last page
 */
record JourneyPage(String customerId, List<JourneyStep> steps, @Schema(nullable = true) String nextCursor) {
}
