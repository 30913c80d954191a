package io.seamgraph.analytics.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Hand-offs between business units (docs/metrics.md): a step of a journey whose unit differs from the step before.
 * For each one, the hours until the customer's next contact, and whether that was a repeat contact: within the repeat
 * window after it, on the same topic when both carry one. A contact is an inbound touchpoint on a contact channel (the
 * customer writing or calling); browsing the web shop or the app is not one, as for the silo-gap detectors.
 */
public final class HandoffMatrix {

    private HandoffMatrix() {
    }

    /**
     * @param touchpoints     (customerId, key, seq, atMillis, businessUnit, channel, direction, topic, ...)
     * @param contactChannels the channels on which an inbound touchpoint is a contact
     * @return one row per hand-off: customerId, key (the touchpoint handed to), atMillis, fromUnit, toUnit,
     *         hoursToNextContact (null when no contact follows), repeat (boolean)
     */
    public static Dataset<Row> events(Dataset<Row> touchpoints, long repeatWindowMillis, List<String> contactChannels) {
        WindowSpec journey = Window.partitionBy(col("customerId")).orderBy(col("seq"));
        Column contact = contact(contactChannels);
        Dataset<Row> handoffs = touchpoints
            .withColumn("fromUnit", lag(col("businessUnit"), 1).over(journey))
            // the first contact among the steps after this one
            .withColumn("nextAt", first(when(contact, col("atMillis")), true)
                .over(journey.rowsBetween(1, Window.unboundedFollowing())))
            .filter(col("fromUnit").isNotNull().and(col("businessUnit").isNotNull())
                .and(col("fromUnit").notEqual(col("businessUnit"))))
            .select(col("customerId"), col("key"), col("atMillis"), col("topic"), col("fromUnit"),
                col("businessUnit").as("toUnit"),
                col("nextAt").minus(col("atMillis")).divide(3_600_000.0).as("hoursToNextContact"));
        Dataset<Row> inbound = touchpoints.filter(contact)
            .select(col("customerId").as("rCustomer"), col("atMillis").as("rAt"), col("topic").as("rTopic"));
        Column sameTopic = col("topic").isNull().or(col("rTopic").isNull()).or(col("topic").equalTo(col("rTopic")));
        Column repeat = col("rAt").isNotNull();
        return handoffs.join(inbound, col("customerId").equalTo(col("rCustomer"))
                    .and(col("rAt").gt(col("atMillis")))
                    .and(col("rAt").leq(col("atMillis").plus(repeatWindowMillis)))
                    .and(sameTopic), "left")
            .groupBy("customerId", "key", "atMillis", "fromUnit", "toUnit", "hoursToNextContact")
            .agg(max(when(repeat, true).otherwise(false)).as("repeat"));
    }

    /** An inbound touchpoint on a contact channel. */
    static Column contact(List<String> contactChannels) {
        return col("direction").equalTo("inbound").and(col("channel").isin(contactChannels.toArray()));
    }

    /**
     * @param events {@link #events} output
     * @return fromUnit, toUnit, volume, repeats, repeatContactRate, medianHoursToNextContact (null when no hand-off of
     *         the cell was followed by anything; exact, interpolated between the two middle values)
     */
    public static Dataset<Row> cells(Dataset<Row> events) {
        return events.groupBy("fromUnit", "toUnit")
            .agg(count(lit(1)).as("volume"),
                sum(when(col("repeat"), 1L).otherwise(0L)).as("repeats"),
                expr("percentile(hoursToNextContact, 0.5)").as("medianHoursToNextContact"))
            .withColumn("repeatContactRate", col("repeats").divide(col("volume")));
    }
}
