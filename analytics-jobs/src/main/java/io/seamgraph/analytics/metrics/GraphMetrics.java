package io.seamgraph.analytics.metrics;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_union;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/** Headline figures of the whole graph and the silo-gap totals per type (definitions in docs/metrics.md). */
public final class GraphMetrics {

    private GraphMetrics() {
    }

    /**
     * @param customers   (customerId, identities, recordUnits array&lt;string&gt;, ...)
     * @param touchpoints (customerId, businessUnit, ...)
     * @param handoffs    {@link HandoffMatrix#events} output
     * @param gaps        (customerId, ...)
     * @return one row: customers, identitiesPerCustomer, multiUnitShare, repeatContactRate, gapCustomerShare,
     *         continuityIndex (0 to 100)
     */
    public static Dataset<Row> headline(Dataset<Row> customers, Dataset<Row> touchpoints, Dataset<Row> handoffs,
            Dataset<Row> gaps) {
        Dataset<Row> touchedUnits = touchpoints.filter(col("businessUnit").isNotNull())
            .groupBy("customerId").agg(collect_set("businessUnit").as("touchedUnits"));
        Dataset<Row> gapCustomers = gaps.select("customerId").distinct().withColumn("hasGap", lit(true));
        Dataset<Row> perCustomer = customers.join(touchedUnits, new String[] {"customerId"}, "left")
            .join(gapCustomers, new String[] {"customerId"}, "left")
            .select(col("customerId"), col("identities"),
                size(array_distinct(array_union(
                    filter(coalesce(col("recordUnits"), array().cast("array<string>")), u -> u.isNotNull()),
                    coalesce(col("touchedUnits"), array().cast("array<string>"))))).as("units"),
                coalesce(col("hasGap"), lit(false)).as("hasGap"));
        Dataset<Row> graph = perCustomer.agg(count(lit(1)).as("customers"),
            avg("identities").as("identitiesPerCustomer"),
            sum(when(col("units").geq(2), 1L).otherwise(0L)).as("multiUnitCustomers"),
            sum(when(col("hasGap"), 1L).otherwise(0L)).as("gapCustomers"));
        Dataset<Row> repeats = handoffs.agg(count(lit(1)).as("handoffs"),
            sum(when(col("repeat"), 1L).otherwise(0L)).as("repeats"));
        return graph.crossJoin(repeats).select(
            col("customers"),
            coalesce(col("identitiesPerCustomer"), lit(0.0)).as("identitiesPerCustomer"),
            share(col("multiUnitCustomers"), col("customers")).as("multiUnitShare"),
            share(col("repeats"), col("handoffs")).as("repeatContactRate"),
            share(col("gapCustomers"), col("customers")).as("gapCustomerShare"))
            .withColumn("continuityIndex", lit(100.0)
                .multiply(lit(1.0).minus(col("repeatContactRate")))
                .multiply(lit(1.0).minus(col("gapCustomerShare"))));
    }

    /**
     * @param gaps          (type, customerId, severity, ...)
     * @param customerCount every customer in the graph
     * @return type, count, customers (distinct), per1000Customers, meanSeverity
     */
    public static Dataset<Row> gapTypes(Dataset<Row> gaps, long customerCount) {
        return gaps.groupBy("type").agg(count(lit(1)).as("count"), countDistinct("customerId").as("customers"),
                avg("severity").as("meanSeverity"))
            .withColumn("per1000Customers", customerCount == 0 ? lit(0.0)
                : col("count").multiply(1000.0).divide(lit(customerCount)));
    }

    private static org.apache.spark.sql.Column share(org.apache.spark.sql.Column part, org.apache.spark.sql.Column whole) {
        return when(coalesce(whole, lit(0L)).gt(0), coalesce(part, lit(0L)).cast(DataTypes.DoubleType).divide(whole))
            .otherwise(lit(0.0));
    }
}
