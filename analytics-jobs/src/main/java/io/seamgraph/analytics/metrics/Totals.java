package io.seamgraph.analytics.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Adds the totals over all segments and all months ({@code *}) to counted rows, so a request without a segment or a
 * date range reads one row per path or link instead of summing every month and segment. The sums are exact: a
 * customer falls in exactly one segment and, per row group, one month.
 */
final class Totals {

    private Totals() {
    }

    /** @param rows counted by {@code keys} plus segment and month, with customers and weightedCustomers */
    static Dataset<Row> withTotals(Dataset<Row> rows, String... keys) {
        Dataset<Row> allMonths = total(rows, keys, "segment", "month");
        Dataset<Row> allSegments = total(rows, keys, "month", "segment");
        Dataset<Row> everything = total(allMonths, keys, "month", "segment");
        return rows.unionByName(allMonths).unionByName(allSegments).unionByName(everything);
    }

    /** Sums over {@code dropped}, setting it to {@code *}; {@code kept} stays a grouping column. */
    private static Dataset<Row> total(Dataset<Row> rows, String[] keys, String kept, String dropped) {
        Column[] grouping = java.util.stream.Stream.concat(Arrays.stream(keys), java.util.stream.Stream.of(kept))
            .map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
        return rows.filter(col(dropped).notEqual(Facets.ANY)).groupBy(grouping)
            .agg(sum("customers").as("customers"), sum("weightedCustomers").as("weightedCustomers"))
            .withColumn(dropped, lit(Facets.ANY));
    }
}
