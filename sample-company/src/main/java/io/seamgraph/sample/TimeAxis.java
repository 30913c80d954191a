package io.seamgraph.sample;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneRules;

/**
 * The journey window in Europe/London, and fast formatting of instants (epoch seconds) in the styles the source
 * systems use. Formatting by hand keeps tens of millions of timestamps cheap; every style is checked against
 * {@link java.time.format.DateTimeFormatter} in the tests.
 */
final class TimeAxis {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final long MINUTE = 60L;
    static final long HOUR = 3_600L;
    static final long DAY = 86_400L;

    private static final ZoneRules RULES = LONDON.getRules();

    private final LocalDate start;
    private final int days;
    private final long[] noonMinus12h;

    TimeAxis(LocalDate start, int days) {
        this.start = start;
        this.days = days;
        this.noonMinus12h = new long[days + 1];
        for (int d = 0; d <= days; d++) {
            noonMinus12h[d] = start.plusDays(d).atTime(LocalTime.NOON).atZone(LONDON).toEpochSecond() - 12 * HOUR;
        }
    }

    LocalDate start() {
        return start;
    }

    int days() {
        return days;
    }

    /** First instant of the window. */
    long startEpoch() {
        return noonMinus12h[0];
    }

    /** First instant after the window: nothing happens at or after it. */
    long endEpoch() {
        return noonMinus12h[days];
    }

    /** An instant on day {@code day} (0-based) of the window at a local wall-clock minute (exact for daytime). */
    long at(int day, int minuteOfDay) {
        return noonMinus12h[day] + minuteOfDay * MINUTE;
    }

    /** Day of the window an instant falls on (local), may be negative or beyond the window. */
    int dayOf(long epoch) {
        return (int) Math.floorDiv(epoch + offsetSeconds(epoch) - (startEpoch() + offsetSeconds(startEpoch())), DAY);
    }

    /** An instant at a local date and minute, for dates outside the window (profile creation dates). */
    static long epochOf(LocalDate date, int minuteOfDay) {
        return date.atStartOfDay(LONDON).toEpochSecond() + minuteOfDay * MINUTE;
    }

    static int offsetSeconds(long epoch) {
        return RULES.getOffset(Instant.ofEpochSecond(epoch)).getTotalSeconds();
    }

    // ---- formatting

    /** {@code 2026-01-07T10:15:00Z} */
    static String isoUtc(long epoch) {
        StringBuilder b = new StringBuilder(20);
        appendDateTime(b, epoch, '-', 'T');
        return b.append('Z').toString();
    }

    /** {@code 2026-01-07T10:15:00+00:00}: London wall-clock time with its offset. */
    static String isoLondonOffset(long epoch) {
        int offset = offsetSeconds(epoch);
        StringBuilder b = new StringBuilder(25);
        appendDateTime(b, epoch + offset, '-', 'T');
        int minutes = Math.abs(offset) / 60;
        b.append(offset < 0 ? '-' : '+');
        two(b, minutes / 60);
        b.append(':');
        two(b, minutes % 60);
        return b.toString();
    }

    /** {@code 2026-01-07T10:15:00}: London wall-clock time without offset. */
    static String isoLondonLocal(long epoch) {
        StringBuilder b = new StringBuilder(19);
        appendDateTime(b, epoch + offsetSeconds(epoch), '-', 'T');
        return b.toString();
    }

    /** {@code 2026-01-07 10:15:00}: London wall-clock time, as the CRM exports it. */
    static String sqlLondon(long epoch) {
        StringBuilder b = new StringBuilder(19);
        appendDateTime(b, epoch + offsetSeconds(epoch), '-', ' ');
        return b.toString();
    }

    /** {@code 07/01/2026 10:15}: London wall-clock time, day first, as the helpdesk exports it. */
    static String ukShort(long epoch) {
        long local = epoch + offsetSeconds(epoch);
        long days = Math.floorDiv(local, DAY);
        long secs = Math.floorMod(local, DAY);
        int[] ymd = civil(days);
        StringBuilder b = new StringBuilder(16);
        two(b, ymd[2]);
        b.append('/');
        two(b, ymd[1]);
        b.append('/').append(ymd[0]).append(' ');
        two(b, (int) (secs / 3600));
        b.append(':');
        two(b, (int) (secs / 60 % 60));
        return b.toString();
    }

    /** {@code 1984-03-21}. */
    static String isoDate(LocalDate date) {
        return date.toString();
    }

    /** {@code 21/03/1984}. */
    static String ukDate(LocalDate date) {
        StringBuilder b = new StringBuilder(10);
        two(b, date.getDayOfMonth());
        b.append('/');
        two(b, date.getMonthValue());
        return b.append('/').append(date.getYear()).toString();
    }

    private static void appendDateTime(StringBuilder b, long localEpoch, char dateSep, char timeSep) {
        long days = Math.floorDiv(localEpoch, DAY);
        long secs = Math.floorMod(localEpoch, DAY);
        int[] ymd = civil(days);
        b.append(ymd[0]).append(dateSep);
        two(b, ymd[1]);
        b.append(dateSep);
        two(b, ymd[2]);
        b.append(timeSep);
        two(b, (int) (secs / 3600));
        b.append(':');
        two(b, (int) (secs / 60 % 60));
        b.append(':');
        two(b, (int) (secs % 60));
    }

    private static void two(StringBuilder b, int v) {
        if (v < 10) {
            b.append('0');
        }
        b.append(v);
    }

    /** Days since 1970-01-01 to {year, month, day} (H. Hinnant's civil_from_days). */
    private static int[] civil(long z) {
        z += 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long d = doy - (153 * mp + 2) / 5 + 1;
        long m = mp < 10 ? mp + 3 : mp - 9;
        return new int[] {(int) (m <= 2 ? y + 1 : y), (int) m, (int) d};
    }
}
