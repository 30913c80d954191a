package io.seamgraph.api.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.seamgraph.api.security.Masking;

/**
 * One source record of a customer as its system knows the person, and how resolve linked it. A field the system does
 * not have, or the caller may not see, is left out.
 *
 * @param key          {@code system:recordId}
 * @param recordId     the id in its system
 * @param source       the extract it was loaded from
 * @param givenName    given name (masked: initial)
 * @param familyName   family name (masked: initial)
 * @param fullName     full name (masked: initials)
 * @param dateOfBirth  ISO date (masked: the year only)
 * @param addressLine  street address (masked: left out)
 * @param city         city
 * @param postcode     postcode (masked: its first part)
 * @param country      country
 * @param updatedAt    when its system last changed it
 * @param via          the identity keys it shares with the customer's other records (empty for a one-record customer)
 * @param rule         why resolve linked it: {@code shared-identifier} or {@code singleton}
 * @param consents     its consents, by purpose
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RecordView(String key, String recordId, String source, String givenName, String familyName, String fullName,
        String dateOfBirth, String addressLine, String city, String postcode, String country, Instant updatedAt,
        List<String> via, String rule, List<ConsentView> consents) {

    RecordView masked() {
        return new RecordView(key, recordId, source, Masking.name(givenName), Masking.name(familyName),
            Masking.name(fullName), maskedDateOfBirth(), Masking.addressLine(addressLine), city,
            Masking.postcode(postcode), country, updatedAt, via.stream().map(Masking::identityKey).toList(), rule,
            consents);
    }

    private String maskedDateOfBirth() {
        return dateOfBirth == null ? null : Masking.dateOfBirth(LocalDate.parse(dateOfBirth));
    }

    /**
     * A consent the record carries.
     *
     * @param purpose the purpose's key, e.g. {@code marketing_email}
     * @param granted whether it was granted
     * @param at      when it was given or withdrawn, if known
     * @param source  where it was recorded
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ConsentView(String purpose, Boolean granted, Instant at, String source) {
    }
}
