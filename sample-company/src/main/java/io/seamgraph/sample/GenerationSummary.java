package io.seamgraph.sample;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * What a generation run wrote.
 *
 * @param rowsPerFile      data rows per written file, by path relative to {@code out} (extracts and truth files)
 * @param gapsPerType      silo-gap instances in {@code truth/silo_gaps.csv}, by gap type key
 * @param dirtyRows        invalid rows written on purpose (listed in {@code truth/dirty_rows.csv})
 * @param replannedPersons persons whose journey was planned more than once to keep accidental gaps out
 * @param offPlanPersons   persons whose final journey still differs from the plan (their gaps are labelled as found)
 * @param bytes            total size of the output folder
 */
public record GenerationSummary(Path out, int customers, long seed, Map<String, Long> rowsPerFile,
                                Map<String, Long> gapsPerType, long dirtyRows, long replannedPersons,
                                long offPlanPersons, long bytes, Duration elapsed) {

    public GenerationSummary {
        rowsPerFile = Map.copyOf(rowsPerFile);
        gapsPerType = Map.copyOf(gapsPerType);
    }

    /** Rows written to a file (path relative to {@code out}), 0 for a file not written. */
    public long rows(String relativePath) {
        return rowsPerFile.getOrDefault(relativePath, 0L);
    }

    /** A table for the console. */
    public String render() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Generated %,d customers (seed %d) into %s in %.1f s, %,.1f MB%n",
            customers, seed, out, elapsed.toMillis() / 1000.0, bytes / 1_048_576.0));
        rowsPerFile.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
            b.append(String.format(Locale.ROOT, "  %-34s %,12d rows%n", e.getKey(), e.getValue())));
        b.append("Silo gaps:").append(System.lineSeparator());
        gapsPerType.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
            b.append(String.format(Locale.ROOT, "  %-34s %,12d%n", e.getKey(), e.getValue())));
        b.append(String.format(Locale.ROOT, "Dirty rows: %,d; journeys re-planned: %,d; off plan: %,d%n", dirtyRows,
            replannedPersons, offPlanPersons));
        return b.toString();
    }
}
