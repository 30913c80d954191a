package io.seamgraph.contract;

/**
 * How a source writes instants. {@code format} is a {@link java.time.format.DateTimeFormatter} pattern, or
 * {@code ISO} (ISO-8601 with or without offset) or {@code EPOCH_MILLIS}/{@code EPOCH_SECONDS}; {@code timeZone} applies
 * to values without an offset.
 */
public record TimestampSpec(String format, String timeZone) {
    public static final String ISO = "ISO";
    public static final String EPOCH_MILLIS = "EPOCH_MILLIS";
    public static final String EPOCH_SECONDS = "EPOCH_SECONDS";

    public TimestampSpec {
        format = format == null ? ISO : format;
    }
}
