package io.seamgraph.analytics.journey;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.row_number;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Orders each customer's touchpoints by time (ties broken by key, so the order is total and repeatable) and pairs
 * every step with the one before it: the gap, and whether the business unit or the channel changed.
 */
public final class JourneyChain {

    private JourneyChain() {
    }

    /**
     * @param touchpoints (customerId, key, atMillis, businessUnit, channel)
     * @return the same with seq (0-based), previousKey, previousUnit, gapSeconds, handoff, channelSwitch
     *         (previous* null and flags false for the first step)
     */
    public static Dataset<Row> build(Dataset<Row> touchpoints) {
        WindowSpec journey = Window.partitionBy(col("customerId")).orderBy(col("atMillis"), col("key"));
        Column previousAt = lag(col("atMillis"), 1).over(journey);
        Column previousUnit = lag(col("businessUnit"), 1).over(journey);
        Column previousChannel = lag(col("channel"), 1).over(journey);
        return touchpoints
            .withColumn("seq", row_number().over(journey).minus(1))
            .withColumn("previousKey", lag(col("key"), 1).over(journey))
            .withColumn("previousUnit", previousUnit)
            .withColumn("gapSeconds", col("atMillis").minus(previousAt).divide(1000).cast("long"))
            .withColumn("handoff", previousUnit.isNotNull().and(previousUnit.notEqual(col("businessUnit"))))
            .withColumn("channelSwitch", previousChannel.isNotNull().and(previousChannel.notEqual(col("channel"))));
    }
}
