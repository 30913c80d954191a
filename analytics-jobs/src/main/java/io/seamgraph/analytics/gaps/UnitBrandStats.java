package io.seamgraph.analytics.gaps;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Per business unit: templated outbound messages, how many carry no brand marker, and that share. Written as
 * {@code (:UnitBrandStat {unit, outbound, unbranded, unbrandedShare})}.
 */
public final class UnitBrandStats {

    private UnitBrandStats() {
    }

    /** @param touchpoints (businessUnit, direction, template, brand, ...) -> (unit, outbound, unbranded, unbrandedShare) */
    public static Dataset<Row> of(Dataset<Row> touchpoints) {
        return touchpoints
            .filter(col("direction").equalTo("outbound").and(col("template").isNotNull())
                .and(col("businessUnit").isNotNull()))
            .groupBy(col("businessUnit").as("unit"))
            .agg(count(lit(1)).as("outbound"),
                sum(when(col("brand").isNull().or(col("brand").equalTo("")), 1L).otherwise(0L)).as("unbranded"))
            .withColumn("unbrandedShare", col("unbranded").divide(col("outbound")))
            .orderBy("unit");
    }
}
