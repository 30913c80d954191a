package io.seamgraph.text.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromiseFinderTest {

    // A Wednesday.
    private static final Instant WRITTEN = Instant.parse("2026-03-04T10:15:00Z");
    private final PromiseFinder finder = new PromiseFinder(ZoneOffset.UTC);

    private Promise promise(String sentence) {
        return finder.find(List.of(sentence), WRITTEN).orElseThrow(() -> new AssertionError("no promise in: " + sentence));
    }

    @Test
    void a_call_back_within_hours_is_due_that_many_hours_later() {
        Promise p = promise("We will call you back within 24 hours.");
        assertThat(p.type()).isEqualTo("callback");
        assertThat(p.dueAt()).isEqualTo(Instant.parse("2026-03-05T10:15:00Z"));
        assertThat(p.phrase()).isEqualTo("We will call you back within 24 hours.");
    }

    @Test
    void a_refund_in_a_range_of_business_days_is_due_at_the_upper_end_skipping_the_weekend() {
        Promise p = promise("Your refund will be processed in 5 to 7 business days.");
        assertThat(p.type()).isEqualTo("refund");
        // Wed + 7 business days: Thu, Fri, Mon, Tue, Wed, Thu, Fri -> Friday 13 March.
        assertThat(p.dueAt()).isEqualTo(Instant.parse("2026-03-13T10:15:00Z"));
    }

    @Test
    void a_named_day_is_due_at_the_end_of_that_day() {
        Promise p = promise("Your parcel should arrive by Friday.");
        assertThat(p.type()).isEqualTo("delivery");
        assertThat(p.dueAt()).isEqualTo(Instant.parse("2026-03-06T23:59:59Z"));
    }

    @Test
    void tomorrow_and_number_words_are_understood() {
        assertThat(promise("I'll ring you back tomorrow.").dueAt()).isEqualTo(Instant.parse("2026-03-05T23:59:59Z"));
        assertThat(promise("You'll get your money back within three days.").dueAt()).isEqualTo(Instant.parse("2026-03-07T10:15:00Z"));
    }

    @Test
    void a_past_event_or_a_promise_without_a_time_is_not_a_promise() {
        assertThat(finder.find(List.of("I asked for a refund three weeks ago and nothing happened."), WRITTEN)).isEmpty();
        assertThat(finder.find(List.of("We will call you back."), WRITTEN)).isEmpty();
        assertThat(finder.find(List.of("Thanks for shopping with us today."), WRITTEN)).isEmpty();
    }

    @Test
    void the_day_is_read_in_the_sources_zone() {
        PromiseFinder london = new PromiseFinder(java.time.ZoneId.of("Europe/London"));
        Instant summer = Instant.parse("2026-07-01T09:00:00Z");
        Promise p = london.find(List.of("We will call you back tomorrow."), summer).orElseThrow();
        assertThat(p.dueAt()).isEqualTo(Instant.parse("2026-07-02T22:59:59Z"));
    }
}
