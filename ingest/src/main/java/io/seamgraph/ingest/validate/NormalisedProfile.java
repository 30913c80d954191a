package io.seamgraph.ingest.validate;

import java.util.List;
import java.util.Map;

/**
 * A profile row ready for the graph. Dates and instants are ISO-8601 text (instants in UTC, {@code Z}) so the
 * write query turns them into Neo4j temporal values. {@code identities} maps an identity kind to its values.
 */
public record NormalisedProfile(
    String key,
    String recordId,
    String givenName,
    String familyName,
    String fullName,
    String dateOfBirth,
    String addressLine,
    String houseNumber,
    String addressLine2,
    String city,
    String postcode,
    String region,
    String country,
    String nationalId,
    String updatedAt,
    Map<String, List<String>> identities,
    List<Consent> consents,
    List<Issue> issues) {

    public record Consent(String purpose, boolean granted, String at) {
    }

    public boolean rejected() {
        return issues.stream().anyMatch(i -> i.action() == Issue.Action.REJECTED_ROW);
    }
}
