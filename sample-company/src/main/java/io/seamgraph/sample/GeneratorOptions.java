package io.seamgraph.sample;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What to generate.
 *
 * @param customers number of true persons (1 to 10,000,000)
 * @param seed      the same seed gives byte-identical output
 * @param out       output folder; the extracts, {@code sources.yaml} and {@code truth/} are written into it
 * @param start     first day of the journey window (local date in Europe/London)
 * @param weeks     length of the journey window, 4 to 104 weeks (the silence gap needs three weeks and a margin)
 * @param documents also write what customers and agents said ({@code documents/}, {@code truth/documents.csv}) and
 *                  declare it in {@code sources.yaml}; the other files are the same either way
 */
public record GeneratorOptions(int customers, long seed, Path out, LocalDate start, int weeks, boolean documents) {

    /** Options without documents. */
    public GeneratorOptions(int customers, long seed, Path out, LocalDate start, int weeks) {
        this(customers, seed, out, start, weeks, false);
    }

    public static final int DEFAULT_CUSTOMERS = 2000;
    public static final long DEFAULT_SEED = 42;
    public static final LocalDate DEFAULT_START = LocalDate.of(2026, 1, 5);
    public static final int DEFAULT_WEEKS = 12;
    public static final int MAX_CUSTOMERS = 10_000_000;

    public GeneratorOptions {
        List<String> problems = new ArrayList<>();
        if (customers < 1 || customers > MAX_CUSTOMERS) {
            problems.add("customers must be between 1 and " + MAX_CUSTOMERS + ", found " + customers);
        }
        if (weeks < 4 || weeks > 104) {
            problems.add("weeks must be between 4 and 104, found " + weeks);
        }
        if (out == null) {
            problems.add("out (the output folder) is required");
        }
        if (start == null) {
            problems.add("start (the first day of the journey window) is required");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid generator options: " + String.join("; ", problems));
        }
    }

    /** Options with the default window (12 weeks from 2026-01-05). */
    public static GeneratorOptions of(int customers, long seed, Path out) {
        return new GeneratorOptions(customers, seed, Objects.requireNonNull(out, "out"), DEFAULT_START, DEFAULT_WEEKS);
    }

    /** The same options, with or without documents. */
    public GeneratorOptions withDocuments(boolean withDocuments) {
        return new GeneratorOptions(customers, seed, out, start, weeks, withDocuments);
    }
}
