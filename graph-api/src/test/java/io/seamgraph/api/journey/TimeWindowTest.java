package io.seamgraph.api.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

class TimeWindowTest {

    @Test
    void instants_are_taken_as_they_are_with_their_offset() {
        assertThat(TimeWindow.parse("2024-03-01T10:00:00+01:00", "2024-03-02T00:00:00Z")).isEqualTo(
            new TimeWindow(Instant.parse("2024-03-01T09:00:00Z"), Instant.parse("2024-03-02T00:00:00Z")));
    }

    @Test
    void a_date_as_from_starts_the_day_and_a_date_as_to_includes_the_whole_day() {
        assertThat(TimeWindow.parse("2024-03-01", "2024-03-01")).isEqualTo(
            new TimeWindow(Instant.parse("2024-03-01T00:00:00Z"), Instant.parse("2024-03-02T00:00:00Z")));
    }

    @Test
    void either_end_may_be_left_open() {
        assertThat(TimeWindow.parse(null, "")).isEqualTo(new TimeWindow(null, null));
    }

    @Test
    void a_value_that_is_neither_an_instant_nor_a_date_is_rejected_naming_its_parameter() {
        assertParameter(() -> TimeWindow.parse("yesterday", null), "from");
        assertParameter(() -> TimeWindow.parse(null, "2024-03-01T09:00:00"), "to");
        assertParameter(() -> TimeWindow.parse("2024-03-02", "2024-03-01"), "from");
    }

    private static void assertParameter(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String parameter) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ErrorResponseException.class,
            e -> assertThat(e.getBody().getProperties()).containsEntry("parameter", parameter));
    }
}
