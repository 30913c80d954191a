package io.seamgraph.analytics.metrics;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A silo score per business unit, in [0, 1], higher meaning more of a silo (docs/metrics.md): the mean of the
 * repeat-contact rate of hand-offs into the unit and the share of the unit's customers with a silo gap that involves
 * the unit.
 */
public final class SiloScores {

    private SiloScores() {
    }

    /**
     * @param touchpoints (customerId, businessUnit, ...)
     * @param handoffs    {@link HandoffMatrix#events} output
     * @param gaps        (customerId, units array&lt;string&gt;, ...)
     * @return unit, customers, handoffsIn, repeatContactRate, gapCustomerShare, siloScore
     */
    public static Dataset<Row> compute(Dataset<Row> touchpoints, Dataset<Row> handoffs, Dataset<Row> gaps) {
        Dataset<Row> unitCustomers = touchpoints.filter(col("businessUnit").isNotNull())
            .select(col("businessUnit").as("unit"), col("customerId")).distinct();
        Dataset<Row> customers = unitCustomers.groupBy("unit").agg(count(lit(1)).as("customers"));
        Dataset<Row> gapCustomers = gaps.select(explode(col("units")).as("unit"), col("customerId"))
            .join(unitCustomers, new String[] {"unit", "customerId"}, "left_semi")
            .groupBy("unit").agg(countDistinct("customerId").as("gapCustomers"));
        Dataset<Row> into = handoffs.groupBy(col("toUnit").as("unit"))
            .agg(count(lit(1)).as("handoffsIn"), sum(when(col("repeat"), 1L).otherwise(0L)).as("repeats"));
        return customers.join(gapCustomers, new String[] {"unit"}, "left").join(into, new String[] {"unit"}, "left")
            .select(col("unit"), col("customers"), coalesce(col("handoffsIn"), lit(0L)).as("handoffsIn"),
                when(col("handoffsIn").gt(0), col("repeats").divide(col("handoffsIn"))).otherwise(lit(0.0))
                    .as("repeatContactRate"),
                coalesce(col("gapCustomers"), lit(0L)).divide(col("customers")).as("gapCustomerShare"))
            .withColumn("siloScore", col("repeatContactRate").plus(col("gapCustomerShare")).divide(2.0));
    }
}
