package io.seamgraph.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void an_email_keeps_its_first_letter_and_its_domain() {
        assertThat(Masking.email("jo.smith@example.com")).isEqualTo("j***@example.com");
        assertThat(Masking.email("@example.com")).isEqualTo("***@example.com");
    }

    @Test
    void a_phone_keeps_its_last_three_digits_only() {
        assertThat(Masking.phone("+447700900123")).isEqualTo("***123");
        assertThat(Masking.phone("+44 (0) 7700-900 987")).isEqualTo("***987");
    }

    @Test
    void a_name_keeps_the_initial_of_each_word() {
        assertThat(Masking.name("Jo")).isEqualTo("J.");
        assertThat(Masking.name("  Mary-Jo   van Dyke ")).isEqualTo("M. v. D.");
        assertThat(Masking.name("Ørjan")).isEqualTo("Ø.");
    }

    @Test
    void a_date_of_birth_keeps_its_year_only() {
        assertThat(Masking.dateOfBirth(LocalDate.of(1984, 5, 12))).isEqualTo("1984");
    }

    @Test
    void the_address_line_is_removed() {
        assertThat(Masking.addressLine("12 Station Road")).isNull();
    }

    @Test
    void a_postcode_keeps_its_outward_part() {
        assertThat(Masking.postcode("LS1 4AB")).isEqualTo("LS1");
        assertThat(Masking.postcode("LS14AB")).isEqualTo("LS1");
        assertThat(Masking.postcode("AB")).isEqualTo("***");
    }

    @Test
    void identity_values_are_masked_by_their_kind() {
        assertThat(Masking.identityValue("email", "jo.smith@example.com")).isEqualTo("j***@example.com");
        assertThat(Masking.identityValue("phone", "+447700900123")).isEqualTo("***123");
        assertThat(Masking.identityValue("loyalty", "LY-4242")).isEqualTo("***242");
        assertThat(Masking.identityValue("device", "ab")).isEqualTo("***");
    }

    @Test
    void an_identity_key_keeps_its_kind_and_masks_its_value() {
        assertThat(Masking.identityKey("email:jo.smith@example.com")).isEqualTo("email:j***@example.com");
        assertThat(Masking.identityKey("phone:+447700900123")).isEqualTo("phone:***123");
        assertThat(Masking.identityKey("handle:@alexj")).isEqualTo("handle:***exj");
    }

    @Test
    void missing_values_stay_missing() {
        assertThat(Masking.email(null)).isNull();
        assertThat(Masking.phone(null)).isNull();
        assertThat(Masking.name(null)).isNull();
        assertThat(Masking.dateOfBirth(null)).isNull();
        assertThat(Masking.postcode(null)).isNull();
        assertThat(Masking.identityValue("email", null)).isNull();
        assertThat(Masking.identityKey(null)).isNull();
    }
}
