package io.seamgraph.api.customer;

import java.time.Instant;
import java.util.List;

/**
 * Everything the graph knows of one customer.
 *
 * @param id                 the customer id
 * @param recordCount        how many source records resolve to it
 * @param resolvedAt         when resolve last confirmed it
 * @param personalDataMasked whether names, dates of birth, addresses and identifier values are masked for the caller
 * @param identifiers        the identities its records carry, by kind and value
 * @param recordGroups       its source records, grouped by business unit and system
 */
record CustomerDetail(String id, Long recordCount, Instant resolvedAt, boolean personalDataMasked,
        List<IdentifierView> identifiers, List<RecordGroup> recordGroups) {

    CustomerDetail masked() {
        return new CustomerDetail(id, recordCount, resolvedAt, true,
            identifiers.stream().map(IdentifierView::masked).toList(),
            recordGroups.stream().map(RecordGroup::masked).toList());
    }
}
