package io.seamgraph.ingest.normalise;

import io.seamgraph.contract.TimestampSpec;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * Parses instants and dates as one source declares them, so that a local time written in London and an ISO instant
 * written with an offset land on the same UTC timeline.
 */
public final class TemporalParser implements Serializable {

    private final String timestampFormat;
    private final String zone;
    private final String dateFormat;
    private transient DateTimeFormatter timestampFormatter;
    private transient DateTimeFormatter dateFormatter;

    public TemporalParser(TimestampSpec timestamps, String dateFormat) {
        this.timestampFormat = timestamps.format();
        this.zone = timestamps.timeZone();
        this.dateFormat = dateFormat;
    }

    public Outcome<Instant> instant(String raw) {
        String text = Text.clean(raw);
        if (text == null) {
            return Outcome.absent();
        }
        try {
            return Outcome.ok(switch (timestampFormat) {
                case TimestampSpec.EPOCH_MILLIS -> Instant.ofEpochMilli(parseEpoch(text));
                case TimestampSpec.EPOCH_SECONDS -> Instant.ofEpochSecond(parseEpoch(text));
                case TimestampSpec.ISO -> parseIso(text);
                default -> toInstant(timestampFormatter().parse(text));
            });
        } catch (DateTimeParseException | ArithmeticException e) {
            return Outcome.invalid("timestamp '" + text + "' does not match " + timestampFormat);
        }
    }

    public Outcome<LocalDate> date(String raw) {
        String text = Text.clean(raw);
        if (text == null) {
            return Outcome.absent();
        }
        try {
            return Outcome.ok(LocalDate.parse(text, dateFormatter()));
        } catch (DateTimeParseException e) {
            return Outcome.invalid("date '" + text + "' does not match " + dateFormat);
        }
    }

    private Instant parseIso(String text) {
        String iso = text.replace(' ', 'T');
        try {
            return OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeParseException noOffset) {
            try {
                return LocalDateTime.parse(iso).atZone(ZoneId.of(zone)).toInstant();
            } catch (DateTimeParseException notDateTime) {
                return LocalDate.parse(iso).atStartOfDay(ZoneId.of(zone)).toInstant();
            }
        }
    }

    private Instant toInstant(TemporalAccessor parsed) {
        if (parsed.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS)) {
            return OffsetDateTime.from(parsed).toInstant();
        }
        if (parsed.isSupported(java.time.temporal.ChronoField.HOUR_OF_DAY)) {
            return ZonedDateTime.of(LocalDateTime.from(parsed), ZoneId.of(zone)).toInstant();
        }
        return LocalDate.from(parsed).atStartOfDay(ZoneId.of(zone)).toInstant();
    }

    private static long parseEpoch(String text) {
        try {
            return new java.math.BigDecimal(text).longValueExact();
        } catch (NumberFormatException e) {
            throw new DateTimeParseException("not a number", text, 0);
        }
    }

    /** Strict, so 31/02 is an error rather than quietly becoming 28/02; the era default keeps {@code yyyy} usable. */
    private static DateTimeFormatter strict(String pattern) {
        return new java.time.format.DateTimeFormatterBuilder().appendPattern(pattern)
            .parseDefaulting(java.time.temporal.ChronoField.ERA, 1)
            .toFormatter(java.util.Locale.ROOT)
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    }

    private DateTimeFormatter timestampFormatter() {
        if (timestampFormatter == null) {
            timestampFormatter = strict(timestampFormat);
        }
        return timestampFormatter;
    }

    private DateTimeFormatter dateFormatter() {
        if (dateFormatter == null) {
            dateFormatter = strict(dateFormat);
        }
        return dateFormatter;
    }
}
