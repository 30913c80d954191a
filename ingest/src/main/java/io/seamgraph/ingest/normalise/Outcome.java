package io.seamgraph.ingest.normalise;

/** A normalised value, or the reason the raw value could not be used. Exactly one of the two is set. */
public record Outcome<T>(T value, String problem) {

    public static <T> Outcome<T> ok(T value) {
        return new Outcome<>(value, null);
    }

    public static <T> Outcome<T> invalid(String problem) {
        return new Outcome<>(null, problem);
    }

    public static <T> Outcome<T> absent() {
        return new Outcome<>(null, null);
    }

    public boolean isInvalid() {
        return problem != null;
    }
}
