package io.seamgraph.sample;

import java.time.LocalDate;

/**
 * One system's view of a person, as it will be written: names as typed, identifiers as formatted, possibly stale or
 * missing fields. Fields a system does not have stay {@code null}. Consent fields are filled once the journey is known.
 */
final class ProfileRecord {

    final CompanySystem system;
    /** 0 for the person's first record in the system, 1 for a duplicate. */
    final int ordinal;
    final String recordId;

    String givenName;
    String familyName;
    String fullName;
    String email;
    String phone;
    String addressLine;
    String city;
    String postcode;
    LocalDate dateOfBirth;
    long createdAt;
    long updatedAt;
    /** Another system's account id the record refers to (CRM: billing account, helpdesk: shop account). */
    String accountRef;
    /** The loyalty card a shop account is linked to. */
    String loyaltyRef;
    /** App installation ids, separated by {@code ;}. */
    String devices;

    boolean householdEmail;
    boolean placeholderEmail;
    boolean placeholderPhone;

    // consent (ESP: per purpose; shop: the newsletter flag, which is consent to marketing e-mail)
    Boolean consentEmail;
    long consentEmailAt;
    Boolean consentSms;
    long consentSmsAt;

    // a deliberately invalid value (quarantine path), or null
    String dirtyField;
    String dirtyProblem;
    /** The text written instead of the record's timestamp when that is the dirty field. */
    String dirtyText;

    ProfileRecord(CompanySystem system, int ordinal, String recordId) {
        this.system = system;
        this.ordinal = ordinal;
        this.recordId = recordId;
    }

    String key() {
        return system.key() + ":" + recordId;
    }

    ProfileRecord copyAs(int newOrdinal, String newId) {
        ProfileRecord c = new ProfileRecord(system, newOrdinal, newId);
        c.givenName = givenName;
        c.familyName = familyName;
        c.fullName = fullName;
        c.email = email;
        c.phone = phone;
        c.addressLine = addressLine;
        c.city = city;
        c.postcode = postcode;
        c.dateOfBirth = dateOfBirth;
        c.createdAt = createdAt;
        c.updatedAt = updatedAt;
        c.accountRef = accountRef;
        c.loyaltyRef = loyaltyRef;
        c.devices = devices;
        c.householdEmail = householdEmail;
        c.placeholderEmail = placeholderEmail;
        c.placeholderPhone = placeholderPhone;
        return c;
    }
}
