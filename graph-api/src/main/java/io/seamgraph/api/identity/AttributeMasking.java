package io.seamgraph.api.identity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import io.seamgraph.api.security.Masking;

/** A golden-record attribute's value as a caller without ADMIN sees it: the rules of {@link Masking}, by attribute. */
final class AttributeMasking {

    private AttributeMasking() {
    }

    static String mask(String attribute, String value) {
        if (value == null) {
            return null;
        }
        return switch (attribute) {
            case "givenName", "familyName", "fullName" -> Masking.name(value);
            case "dateOfBirth" -> dateOfBirth(value);
            case "addressLine" -> Masking.addressLine(value);
            case "postcode" -> Masking.postcode(value);
            case "email" -> Masking.email(value);
            case "phone" -> Masking.phone(value);
            case "city", "country" -> value;
            // An attribute this class does not know is personal until shown otherwise.
            default -> Masking.identityValue(attribute, value);
        };
    }

    private static String dateOfBirth(String value) {
        try {
            return Masking.dateOfBirth(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
