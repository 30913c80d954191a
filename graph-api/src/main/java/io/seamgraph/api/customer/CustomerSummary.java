package io.seamgraph.api.customer;

import java.util.List;

/**
 * A customer found by an identifier.
 *
 * @param id          the customer id, {@code C-} and 16 hex digits
 * @param recordCount how many source records resolve to this customer
 * @param systems     the source systems those records come from, sorted
 */
record CustomerSummary(String id, Long recordCount, List<String> systems) {
}
