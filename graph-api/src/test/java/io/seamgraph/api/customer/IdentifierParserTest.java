package io.seamgraph.api.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import io.seamgraph.api.customer.ParsedIdentifier.Lookup;
import io.seamgraph.api.customer.ParsedIdentifier.Rule;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

class IdentifierParserTest {

    private final IdentifierParser parser = new IdentifierParser("GB");

    @Test
    void an_email_is_trimmed_and_lower_cased() {
        assertThat(parser.parse("  Jo.Smith@Example.COM ")).isEqualTo(
            new ParsedIdentifier(Rule.EMAIL, List.of(Lookup.identity("email:jo.smith@example.com"))));
    }

    @Test
    void an_email_may_carry_its_kind_or_a_mailto_and_loses_its_spaces_as_in_ingest() {
        assertThat(parser.parse("EMAIL:Jo@Example.com").lookups())
            .containsExactly(Lookup.identity("email:jo@example.com"));
        assertThat(parser.parse("mailto:jo @example.com").lookups())
            .containsExactly(Lookup.identity("email:jo@example.com"));
    }

    @Test
    void a_national_phone_number_is_read_in_the_default_region_and_written_as_e164() {
        assertThat(parser.parse("07700 900123")).isEqualTo(
            new ParsedIdentifier(Rule.PHONE, List.of(Lookup.identity("phone:+447700900123"))));
        assertThat(parser.parse("(07700) 900-123").lookups()).containsExactly(Lookup.identity("phone:+447700900123"));
    }

    @Test
    void an_international_phone_number_keeps_its_country() {
        assertThat(parser.parse("+1 415 555 2671").lookups()).containsExactly(Lookup.identity("phone:+14155552671"));
        assertThat(new IdentifierParser("us").parse("415-555-2671").lookups())
            .containsExactly(Lookup.identity("phone:+14155552671"));
    }

    @Test
    void a_key_is_tried_as_a_record_key_then_as_an_identity_key() {
        assertThat(parser.parse("crm:1001")).isEqualTo(new ParsedIdentifier(Rule.KEY,
            List.of(Lookup.record("crm:1001"), Lookup.identity("crm:1001"))));
    }

    @Test
    void an_identity_key_of_another_kind_is_kept_as_given_and_an_at_sign_in_it_does_not_make_it_an_email() {
        assertThat(parser.parse("handle:@alexj").lookups())
            .containsExactly(Lookup.record("handle:@alexj"), Lookup.identity("handle:alexj"));
        assertThat(parser.parse("loyalty:LY-4242").lookups())
            .containsExactly(Lookup.record("loyalty:LY-4242"), Lookup.identity("loyalty:LY-4242"));
        assertThat(parser.parse("account:ACC 9001").lookups())
            .containsExactly(Lookup.record("account:ACC 9001"), Lookup.identity("account:ACC9001"));
    }

    @Test
    void a_phone_identity_key_is_normalised_like_a_phone() {
        assertThat(parser.parse("phone:07700 900123").lookups())
            .containsExactly(Lookup.record("phone:07700 900123"), Lookup.identity("phone:+447700900123"));
    }

    @Test
    void a_record_key_that_looks_like_a_phone_number_after_its_system_is_still_a_key() {
        assertThat(parser.parse("crm:07700900123").rule()).isEqualTo(Rule.KEY);
    }

    @Test
    void digits_that_cannot_be_a_phone_number_and_text_without_a_colon_are_rejected_naming_the_parameter() {
        for (String bad : new String[] {"1", "jo smith", "", "   ", "crm:", ":1001"}) {
            assertThatThrownBy(() -> parser.parse(bad))
                .as(bad)
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(e.getBody().getDetail()).startsWith("Parameter 'identifier'");
                    assertThat(e.getBody().getProperties()).containsEntry("parameter", "identifier");
                });
        }
    }

    @Test
    void an_unknown_default_region_stops_the_start() {
        assertThatIllegalArgumentException().isThrownBy(() -> new IdentifierParser("XX"))
            .withMessageContaining("seamgraph.api.phone-region");
    }
}
