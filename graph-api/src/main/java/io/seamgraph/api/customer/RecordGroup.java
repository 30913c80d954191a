package io.seamgraph.api.customer;

import java.util.List;

/**
 * A customer's source records from one system, which one business unit owns.
 *
 * @param businessUnit the owning business unit's key
 * @param system       the source system's key
 * @param records      the records, by key
 */
record RecordGroup(String businessUnit, String system, List<RecordView> records) {

    RecordGroup masked() {
        return new RecordGroup(businessUnit, system, records.stream().map(RecordView::masked).toList());
    }
}
