package io.seamgraph.analytics.metrics;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Each customer's journey as three step sequences (units, channels, stages) with the time each step began. A step is
 * a run of consecutive touchpoints with the same value: e-mail, e-mail, web reads as e-mail, web. Touchpoints without
 * a value at a level (no stage) are left out of that level only. Journeys span the whole graph, not sessions.
 */
public final class JourneySequences {

    /** Segments derived from the furthest lifecycle stage reached, when the customer carries no segment of its own. */
    public static final String PROSPECT = "prospect";
    public static final String BUYER = "buyer";
    public static final String SERVICED = "serviced";

    private JourneySequences() {
    }

    /**
     * @param touchpoints (customerId, seq, atMillis, businessUnit, channel, stage, ...)
     * @param customers   (customerId, confidence (null = 1.0), segment (null = derived), ...)
     * @return per customer with at least one touchpoint: customerId, confidence, segment, firstAtMillis,
     *         lastAtMillis, and for each level {@code <level>Path} array&lt;string&gt; and {@code <level>Times}
     *         array&lt;long&gt; (epoch millis the step began)
     */
    public static Dataset<Row> build(Dataset<Row> touchpoints, Dataset<Row> customers) {
        Dataset<Row> grouped = touchpoints.groupBy("customerId").agg(
            sort_array(collect_list(struct(col("seq"), col("atMillis"), col("businessUnit"), col("channel"), col("stage"))))
                .as("s"),
            min("atMillis").as("firstAtMillis"),
            max("atMillis").as("lastAtMillis"));
        for (Level level : Level.ALL) {
            String c = level.column();
            String collapsed = "filter(present, (x, i) -> i = 0 OR x." + c + " <> present[i - 1]." + c + ")";
            grouped = grouped
                .withColumn("present", expr("filter(s, x -> x." + c + " IS NOT NULL)"))
                .withColumn("collapsed", expr(collapsed))
                .withColumn(level.pathColumn(), expr("transform(collapsed, x -> x." + c + ")"))
                .withColumn(level.timesColumn(), expr("transform(collapsed, x -> x.atMillis)"))
                .drop("present", "collapsed");
        }
        Dataset<Row> people = customers.select(col("customerId"), col("confidence"), col("segment").as("givenSegment"));
        Column stages = col(Level.STAGE.pathColumn());
        Column derived = when(array_contains(stages, "service"), lit(SERVICED))
            .when(array_contains(stages, "buy"), lit(BUYER))
            .otherwise(lit(PROSPECT));
        return grouped.drop("s")
            .join(people, "customerId")
            .withColumn("confidence", coalesce(col("confidence"), lit(1.0)))
            .withColumn("segment", coalesce(col("givenSegment"), derived))
            .drop("givenSegment");
    }
}
