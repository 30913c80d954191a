package io.seamgraph.ingest.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import io.seamgraph.contract.TimestampSpec;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalisersTest {

    @ParameterizedTest
    @CsvSource({
        "'  Jane.Doe@Example.COM ', jane.doe@example.com",
        "'mailto:bob@shop.co.uk', bob@shop.co.uk",
        "'bob @shop.co.uk', bob@shop.co.uk"})
    void emails_are_trimmed_and_lower_cased(String raw, String expected) {
        assertThat(EmailNormaliser.normalise(raw).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"bob@", "no-at-sign.com", "a@b", "two@@signs.com"})
    void what_cannot_be_an_email_is_invalid_with_a_reason(String raw) {
        Outcome<String> outcome = EmailNormaliser.normalise(raw);
        assertThat(outcome.value()).isNull();
        assertThat(outcome.problem()).contains("not an e-mail address").contains(raw.strip());
    }

    @Test
    void blank_and_null_are_absent_not_invalid() {
        assertThat(EmailNormaliser.normalise("  ").isInvalid()).isFalse();
        assertThat(EmailNormaliser.normalise(null).value()).isNull();
        assertThat(PhoneNormaliser.normalise("null", "GB").isInvalid()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "'07700 900123', +447700900123",
        "'+44 7700 900123', +447700900123",
        "'0044-7700-900-123', +447700900123",
        "'(020) 7946 0018', +442079460018",
        "'+1 415 555 2671', +14155552671"})
    void phones_become_e164_with_the_default_region_for_national_numbers(String raw, String expected) {
        assertThat(PhoneNormaliser.normalise(raw, "GB").value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"n/a", "12", "phone"})
    void what_cannot_be_a_phone_is_invalid(String raw) {
        Outcome<String> outcome = PhoneNormaliser.normalise(raw, "GB");
        assertThat(outcome.isInvalid()).isTrue();
        assertThat(outcome.problem()).contains(raw);
    }

    @Test
    void local_timestamps_are_read_in_the_declared_zone_and_stored_in_utc() {
        TemporalParser london = new TemporalParser(new TimestampSpec("yyyy-MM-dd HH:mm:ss", "Europe/London"), "dd/MM/yyyy");

        // 1 July is British Summer Time (UTC+1); 1 January is GMT.
        assertThat(london.instant("2026-07-01 09:30:00").value()).isEqualTo(Instant.parse("2026-07-01T08:30:00Z"));
        assertThat(london.instant("2026-01-01 09:30:00").value()).isEqualTo(Instant.parse("2026-01-01T09:30:00Z"));
        assertThat(london.date("31/12/1980").value()).isEqualTo(LocalDate.of(1980, 12, 31));
    }

    @Test
    void iso_timestamps_keep_their_offset_and_local_ones_take_the_zone() {
        TemporalParser iso = new TemporalParser(new TimestampSpec("ISO", "Europe/London"), "yyyy-MM-dd");

        assertThat(iso.instant("2026-07-01T09:30:00+02:00").value()).isEqualTo(Instant.parse("2026-07-01T07:30:00Z"));
        assertThat(iso.instant("2026-07-01T09:30:00Z").value()).isEqualTo(Instant.parse("2026-07-01T09:30:00Z"));
        assertThat(iso.instant("2026-07-01 09:30:00").value()).isEqualTo(Instant.parse("2026-07-01T08:30:00Z"));
    }

    @Test
    void epoch_timestamps_are_read_as_declared() {
        assertThat(new TemporalParser(new TimestampSpec("EPOCH_MILLIS", "UTC"), "yyyy-MM-dd").instant("1767225600000").value())
            .isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(new TemporalParser(new TimestampSpec("EPOCH_SECONDS", "UTC"), "yyyy-MM-dd").instant("1767225600").value())
            .isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void a_timestamp_that_does_not_match_names_the_value_and_the_format() {
        TemporalParser parser = new TemporalParser(new TimestampSpec("yyyy-MM-dd HH:mm:ss", "UTC"), "yyyy-MM-dd");

        Outcome<Instant> outcome = parser.instant("yesterday");

        assertThat(outcome.problem()).isEqualTo("timestamp 'yesterday' does not match yyyy-MM-dd HH:mm:ss");
    }

    @ParameterizedTest
    @CsvSource({"'  JANE  ', Jane", "O'NEIL, O'Neil", "mary-jane, Mary-Jane", "McDonald, McDonald", "'Smith,', Smith"})
    void names_are_cleaned_and_one_case_names_title_cased(String raw, String expected) {
        assertThat(NameNormaliser.normalise(raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"Yes, true", "opt-out, false", "1, true", "UNSUBSCRIBED, false"})
    void consent_flags_are_read_in_their_many_spellings(String raw, boolean expected) {
        assertThat(ConsentFlag.parse(raw).value()).isEqualTo(expected);
    }

    @Test
    void an_unreadable_consent_flag_is_invalid() {
        assertThat(ConsentFlag.parse("maybe").problem()).contains("not a consent flag: 'maybe'");
    }
}
