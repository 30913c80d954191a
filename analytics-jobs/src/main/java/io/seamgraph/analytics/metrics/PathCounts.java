package io.seamgraph.analytics.metrics;

import static org.apache.spark.sql.functions.array_position;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.timestamp_seconds;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Counts the paths customers take, ready for top-k queries: per level, the first {@code maxSteps} steps of the
 * journey ({@code start}), the steps from the first time a customer reached a step ({@code from}), and the steps that
 * led to it ({@code to}, ending at that step). Each row is counted per segment, filter facet and month (UTC) of the
 * anchor step (of the journey's first step for {@code start}), plus their totals over segments and months
 * ({@code *}), so the API sums a few indexed rows per request.
 */
public final class PathCounts {

    public static final String START = "start";
    public static final String FROM = "from";
    public static final String TO = "to";

    private PathCounts() {
    }

    /**
     * @param sequences {@link JourneySequences#build} output
     * @return level, direction, anchor ({@code *} for start), steps array&lt;string&gt;, segment, filterKind,
     *         filterValue, month ({@code yyyy-MM}), customers (long), weightedCustomers (sum of confidence)
     */
    public static Dataset<Row> compute(Dataset<Row> sequences, int maxSteps) {
        if (maxSteps < 2) {
            throw new IllegalArgumentException("maxPathSteps must be at least 2, was " + maxSteps);
        }
        Dataset<Row> all = null;
        for (Level level : Level.ALL) {
            Dataset<Row> rows = Facets.explodeFacets(sequences)
                .select(col("customerId"), col("confidence"), col("segment"), col("filterKind"), col("filterValue"),
                    col(level.pathColumn()).as("path"), col(level.timesColumn()).as("times"))
                .filter(size(col("path")).gt(0));
            Dataset<Row> starts = rows.select(lit(level.key()).as("level"), lit(START).as("direction"),
                lit(Facets.ANY).as("anchor"), slice(col("path"), 1, maxSteps).as("steps"),
                month(element_at(col("times"), 1)).as("month"), col("segment"), col("filterKind"), col("filterValue"),
                col("confidence"));
            Dataset<Row> anchored = rows.select(col("*"), posexplode(col("path")).as(new String[] {"pos", "anchor"}))
                // only the first time the customer reached the step
                .filter(array_position(col("path"), col("anchor")).equalTo(col("pos").plus(1)));
            Column anchorMonth = month(element_at(col("times"), col("pos").plus(1).cast("int")));
            Dataset<Row> from = anchored.select(lit(level.key()).as("level"), lit(FROM).as("direction"), col("anchor"),
                slice(col("path"), col("pos").plus(1).cast("int"), lit(maxSteps)).as("steps"), anchorMonth.as("month"),
                col("segment"), col("filterKind"), col("filterValue"), col("confidence"));
            Column firstIndex = greatest(lit(1), col("pos").plus(2 - maxSteps)).cast("int");
            Dataset<Row> to = anchored.select(lit(level.key()).as("level"), lit(TO).as("direction"), col("anchor"),
                slice(col("path"), firstIndex, col("pos").plus(2).minus(firstIndex).cast("int")).as("steps"),
                anchorMonth.as("month"), col("segment"), col("filterKind"), col("filterValue"), col("confidence"));
            Dataset<Row> levelRows = starts.unionByName(from).unionByName(to);
            all = all == null ? levelRows : all.unionByName(levelRows);
        }
        return Totals.withTotals(
            all.groupBy("level", "direction", "anchor", "steps", "segment", "filterKind", "filterValue", "month")
                .agg(count(lit(1)).as("customers"), sum("confidence").as("weightedCustomers")),
            "level", "direction", "anchor", "steps", "filterKind", "filterValue");
    }

    /** The UTC calendar month of an instant in epoch millis (the jobs' sessions run in UTC). */
    static Column month(Column epochMillis) {
        return date_format(timestamp_seconds(epochMillis.divide(1000)), "yyyy-MM");
    }
}
