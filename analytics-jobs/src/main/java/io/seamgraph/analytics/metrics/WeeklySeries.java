package io.seamgraph.analytics.metrics;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.date_trunc;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lpad;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.timestamp_seconds;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.weekofyear;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Touchpoints, hand-offs, silo gaps and the repeat-contact rate per ISO week (UTC), e.g. {@code 2026-W01}. */
public final class WeeklySeries {

    private WeeklySeries() {
    }

    /**
     * @return week, touchpoints, handoffs, gaps, repeatContactRate (of the week's hand-offs; 0 without hand-offs),
     *         one row per week with anything in it
     */
    public static Dataset<Row> compute(Dataset<Row> touchpoints, Dataset<Row> handoffs, Dataset<Row> gaps) {
        Dataset<Row> t = touchpoints.groupBy(isoWeek(col("atMillis")).as("week")).agg(count(lit(1)).as("touchpoints"));
        Dataset<Row> h = handoffs.groupBy(isoWeek(col("atMillis")).as("week"))
            .agg(count(lit(1)).as("handoffs"), sum(when(col("repeat"), 1L).otherwise(0L)).as("repeats"));
        Dataset<Row> g = gaps.filter(col("atMillis").isNotNull())
            .groupBy(isoWeek(col("atMillis")).as("week")).agg(count(lit(1)).as("gaps"));
        return t.join(h, new String[] {"week"}, "full_outer").join(g, new String[] {"week"}, "full_outer")
            .select(col("week"), coalesce(col("touchpoints"), lit(0L)).as("touchpoints"),
                coalesce(col("handoffs"), lit(0L)).as("handoffs"), coalesce(col("gaps"), lit(0L)).as("gaps"),
                when(col("handoffs").gt(0), col("repeats").divide(col("handoffs"))).otherwise(lit(0.0))
                    .as("repeatContactRate"));
    }

    /** ISO-8601 week: weeks start on Monday and belong to the year of their Thursday. */
    static Column isoWeek(Column epochMillis) {
        Column monday = to_date(date_trunc("week", timestamp_seconds(epochMillis.divide(1000))));
        return concat(year(date_add(monday, 3)).cast("string"), lit("-W"), lpad(weekofyear(monday).cast("string"), 2, "0"));
    }
}
