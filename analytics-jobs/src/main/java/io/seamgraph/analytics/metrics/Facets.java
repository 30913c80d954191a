package io.seamgraph.analytics.metrics;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The filter dimensions a path or flow row is counted under: once unfiltered ({@code all}, {@code *}) and once per
 * unit, channel and stage the customer's journey touched. The API then filters by one equality on
 * (filterKind, filterValue) instead of scanning journeys; a customer counts once under each filter it matches.
 */
final class Facets {

    static final String ALL = "all";
    static final String ANY = "*";

    private Facets() {
    }

    /** Adds filterKind and filterValue, one row per facet of the customer, to rows carrying the level path columns. */
    static Dataset<Row> explodeFacets(Dataset<Row> rows) {
        Column facets = concat(
            array(struct(lit(ALL).as("kind"), lit(ANY).as("value"))),
            facetsOf(Level.UNIT), facetsOf(Level.CHANNEL), facetsOf(Level.STAGE));
        return rows.withColumn("facet", explode(facets))
            .withColumn("filterKind", col("facet.kind"))
            .withColumn("filterValue", col("facet.value"))
            .drop("facet");
    }

    private static Column facetsOf(Level level) {
        return transform(array_distinct(col(level.pathColumn())),
            value -> struct(lit(level.key()).as("kind"), value.as("value")));
    }
}
