package io.seamgraph.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileNormaliserTest {

    private final ProfileNormaliser normaliser = new ProfileNormaliser(Rules.profile(Map.of("country", "GB")));

    @Test
    void a_clean_row_is_normalised_and_keyed_by_system_and_record_id() {
        NormalisedProfile p = normaliser.normalise(new MapValues()
            .with("recordId", " CRM-1 ").with("givenName", "JANE").with("familyName", "doe")
            .with("dateOfBirth", "02/03/1981").with("updatedAt", "2026-07-01 10:00:00").with("postcode", "sw1a 1aa")
            .withAll("emails", " Jane@Example.com", "jane@example.com;JD@work.example.org")
            .withAll("phones", "07700 900123")
            .withAll("loyaltyIds", "L 123")
            .consent("marketing_email", "opt-out", "2026-06-01 08:00:00"));

        assertThat(p.key()).isEqualTo("crm:CRM-1");
        assertThat(p.givenName()).isEqualTo("Jane");
        assertThat(p.familyName()).isEqualTo("Doe");
        assertThat(p.fullName()).isEqualTo("Jane Doe");
        assertThat(p.dateOfBirth()).isEqualTo("1981-03-02");
        assertThat(p.updatedAt()).isEqualTo("2026-07-01T09:00:00Z");
        assertThat(p.postcode()).isEqualTo("SW1A 1AA");
        assertThat(p.country()).isEqualTo("GB");
        assertThat(p.identities()).containsEntry("email", List.of("jane@example.com", "jd@work.example.org"))
            .containsEntry("phone", List.of("+447700900123"))
            .containsEntry("loyalty", List.of("L123"));
        assertThat(p.consents()).containsExactly(new NormalisedProfile.Consent("marketing_email", false, "2026-06-01T07:00:00Z"));
        assertThat(p.issues()).isEmpty();
        assertThat(p.rejected()).isFalse();
    }

    @Test
    void address_parts_region_and_national_id_are_kept_apart_for_matching() {
        NormalisedProfile p = normaliser.normalise(new MapValues().with("recordId", "A-1")
            .with("houseNumber", " 12 ").with("addressLine", "pinkerton  circuit").with("addressLine2", "bega flats")
            .with("region", "vic").with("nationalId", "406 662-5"));

        assertThat(p.houseNumber()).isEqualTo("12");
        assertThat(p.addressLine()).isEqualTo("pinkerton circuit");
        assertThat(p.addressLine2()).isEqualTo("bega flats");
        assertThat(p.region()).isEqualTo("vic");
        assertThat(p.nationalId()).isEqualTo("4066625");
        assertThat(p.identities()).isEmpty();
    }

    @Test
    void a_missing_record_id_rejects_the_row() {
        NormalisedProfile p = normaliser.normalise(new MapValues().with("givenName", "Jane"));

        assertThat(p.rejected()).isTrue();
        assertThat(p.issues()).containsExactly(Issue.reject("recordId", null, "missing record id"));
    }

    @Test
    void invalid_values_are_dropped_and_reported_while_the_row_is_kept() {
        NormalisedProfile p = normaliser.normalise(new MapValues().with("recordId", "CRM-2")
            .withAll("emails", "bob@", "bob@example.com").withAll("phones", "n/a")
            .with("dateOfBirth", "1981-03-02")
            .consent("marketing_sms", "perhaps", null));

        assertThat(p.rejected()).isFalse();
        assertThat(p.identities()).containsOnlyKeys("email").containsEntry("email", List.of("bob@example.com"));
        assertThat(p.dateOfBirth()).isNull();
        assertThat(p.issues()).extracting(Issue::field, Issue::value, Issue::action).containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("emails", "bob@", Issue.Action.DROPPED_VALUE),
            org.assertj.core.groups.Tuple.tuple("phones", "n/a", Issue.Action.DROPPED_VALUE),
            org.assertj.core.groups.Tuple.tuple("dateOfBirth", "1981-03-02", Issue.Action.DROPPED_VALUE),
            org.assertj.core.groups.Tuple.tuple("consents.marketing_sms", "perhaps", Issue.Action.DROPPED_VALUE));
    }

    @Test
    void a_full_name_written_family_first_with_a_comma_is_read_that_way() {
        NormalisedProfile p = normaliser.normalise(new MapValues().with("recordId", "H-8").with("fullName", "SMITH, Mary Ann"));

        assertThat(p.givenName()).isEqualTo("Mary Ann");
        assertThat(p.familyName()).isEqualTo("Smith");
        assertThat(p.fullName()).isEqualTo("Mary Ann Smith");
    }

    @Test
    void a_full_name_alone_is_split_into_given_and_family_names() {
        NormalisedProfile p = normaliser.normalise(new MapValues().with("recordId", "H-9").with("fullName", "mary ann SMITH"));

        assertThat(p.givenName()).isEqualTo("mary ann");
        assertThat(p.familyName()).isEqualTo("SMITH");
        assertThat(p.fullName()).isEqualTo("mary ann SMITH");
    }
}
