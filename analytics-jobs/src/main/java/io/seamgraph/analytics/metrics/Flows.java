package io.seamgraph.analytics.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.timestamp_seconds;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Sankey links: how many customers went from step i to step i + 1 of their journey, over the first
 * {@code maxSteps} steps, per level, segment, filter facet and month (UTC) of the journey's first step. A node is a
 * (position, step) pair, so a journey that returns to a unit shows as a later node, not a loop. Totals over segments
 * and months ({@code *}) are added, so an unfiltered request reads one row per link.
 */
public final class Flows {

    private Flows() {
    }

    /**
     * @return level, stepIndex (position of the source, 0-based), source, target, segment, filterKind, filterValue,
     *         month, customers, weightedCustomers
     */
    public static Dataset<Row> compute(Dataset<Row> sequences, int maxSteps) {
        Dataset<Row> all = null;
        for (Level level : Level.ALL) {
            Dataset<Row> links = Facets.explodeFacets(sequences)
                .select(col("confidence"), col("segment"), col("filterKind"), col("filterValue"),
                    col(level.pathColumn()).as("path"),
                    month(element_at(col(level.timesColumn()), 1)).as("month"),
                    posexplode(slice(col(level.pathColumn()), 1, maxSteps - 1)).as(new String[] {"stepIndex", "source"}))
                .withColumn("target", element_at(col("path"), col("stepIndex").plus(2).cast("int")))
                .filter(col("target").isNotNull())
                .withColumn("level", lit(level.key()));
            all = all == null ? links : all.unionByName(links);
        }
        return Totals.withTotalRows(all)
            .groupBy("level", "stepIndex", "source", "target", "segment", "filterKind", "filterValue", "month")
            .agg(count(lit(1)).as("customers"), sum("confidence").as("weightedCustomers"));
    }

    /** The UTC calendar month of an instant in epoch millis (the jobs' sessions run in UTC). */
    static Column month(Column epochMillis) {
        return date_format(timestamp_seconds(epochMillis.divide(1000)), "yyyy-MM");
    }
}
