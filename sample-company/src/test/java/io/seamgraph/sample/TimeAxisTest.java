package io.seamgraph.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TimeAxisTest {

    private static final DateTimeFormatter SQL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
        .withZone(TimeAxis.LONDON);
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm").withZone(TimeAxis.LONDON);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ISO_LOCAL_DATE_TIME.withZone(TimeAxis.LONDON);

    @Test
    void hand_formatted_timestamps_match_java_time_across_summer_time_changes() {
        SplittableRandom rng = new SplittableRandom(1);
        long from = Instant.parse("1990-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2030-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 20_000; i++) {
            long epoch = i < 10 ? Instant.parse("2026-03-29T00:30:00Z").getEpochSecond() + i * 900L
                : rng.nextLong(from, to);
            Instant instant = Instant.ofEpochSecond(epoch);
            assertThat(TimeAxis.isoUtc(epoch)).isEqualTo(DateTimeFormatter.ISO_INSTANT.format(instant));
            assertThat(TimeAxis.isoLondonOffset(epoch)).isEqualTo(DateTimeFormatter.ISO_OFFSET_DATE_TIME
                .format(instant.atZone(TimeAxis.LONDON).toOffsetDateTime()).replace("Z", "+00:00"));
            assertThat(TimeAxis.sqlLondon(epoch)).isEqualTo(SQL.format(instant));
            assertThat(TimeAxis.ukShort(epoch)).isEqualTo(UK.format(instant));
            assertThat(TimeAxis.isoLondonLocal(epoch)).isEqualTo(LOCAL.format(instant));
        }
        assertThat(TimeAxis.ukDate(LocalDate.of(1984, 3, 7))).isEqualTo("07/03/1984");
    }

    @Test
    void daytime_instants_of_the_window_fall_on_their_local_day_and_hour() {
        TimeAxis axis = new TimeAxis(LocalDate.of(2026, 1, 5), 84);
        for (int day = 0; day < 84; day++) {
            long at = axis.at(day, 10 * 60 + 30);
            assertThat(Instant.ofEpochSecond(at).atZone(TimeAxis.LONDON).toLocalDateTime())
                .isEqualTo(LocalDate.of(2026, 1, 5).plusDays(day).atTime(10, 30));
            assertThat(axis.dayOf(at)).isEqualTo(day);
        }
        assertThat(Instant.ofEpochSecond(axis.endEpoch())).isEqualTo(
            LocalDate.of(2026, 3, 30).atStartOfDay(TimeAxis.LONDON).toInstant());
        assertThat(ZoneOffset.ofTotalSeconds(TimeAxis.offsetSeconds(axis.endEpoch()))).isEqualTo(ZoneOffset.ofHours(1));
    }
}
