package io.seamgraph.api.identity;

import java.util.List;
import java.util.Objects;

/**
 * A customer's golden record: the value of each attribute that survived the configured rules, where it came from,
 * and the attributes its records disagree about.
 *
 * @param customerId         the customer
 * @param confidence         how sure resolve is of the customer, 0 to 1
 * @param personalDataMasked whether values are masked for the caller
 * @param attributes         the surviving values, in a fixed attribute order; an attribute no record has is left out
 * @param conflicts          attributes with more than one value after normalisation, by attribute
 */
record GoldenRecordView(String customerId, double confidence, boolean personalDataMasked,
        List<Attribute> attributes, List<Conflict> conflicts) {

    /** The attributes the golden record can hold, in the order they are listed. */
    static final List<String> ATTRIBUTES = List.of("givenName", "familyName", "fullName", "dateOfBirth", "addressLine",
        "city", "postcode", "country", "email", "phone");

    /**
     * @param attribute    its name
     * @param value        the surviving value (masked: as in the customer endpoint; a street address is left out)
     * @param sourceRecord the record it came from
     */
    record Attribute(String attribute, String value, String sourceRecord) {
    }

    /**
     * @param attribute     the attribute
     * @param values        the distinct values, one spelling each (masked for an analyst)
     * @param systems       the systems whose records hold a value
     * @param businessUnits their business units
     * @param records       the records that hold a value
     */
    record Conflict(String attribute, List<String> values, List<String> systems, List<String> businessUnits,
            List<String> records) {
    }

    GoldenRecordView masked() {
        return new GoldenRecordView(customerId, confidence, true,
            attributes.stream().map(a -> new Attribute(a.attribute(), AttributeMasking.mask(a.attribute(), a.value()),
                a.sourceRecord())).filter(a -> a.value() != null).toList(),
            conflicts.stream().map(c -> new Conflict(c.attribute(), c.values().stream()
                .map(v -> AttributeMasking.mask(c.attribute(), v)).filter(Objects::nonNull).distinct().toList(),
                c.systems(), c.businessUnits(), c.records())).toList());
    }
}
