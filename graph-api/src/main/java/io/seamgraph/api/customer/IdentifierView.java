package io.seamgraph.api.customer;

import java.util.List;

import io.seamgraph.api.security.Masking;

/**
 * One identity a customer's records carry.
 *
 * @param key         {@code kind:value}
 * @param kind        {@code email}, {@code phone}, {@code account}, {@code loyalty}, {@code device} or {@code handle}
 * @param value       the normalised value
 * @param suppressed  true when more records share it than resolve allows: it links no records
 * @param recordCount how many records in the whole graph carry it
 * @param records     the keys of this customer's records that carry it
 */
record IdentifierView(String key, String kind, String value, boolean suppressed, Long recordCount,
        List<String> records) {

    IdentifierView masked() {
        return new IdentifierView(Masking.identityKey(key), kind, Masking.identityValue(kind, value), suppressed,
            recordCount, records);
    }
}
