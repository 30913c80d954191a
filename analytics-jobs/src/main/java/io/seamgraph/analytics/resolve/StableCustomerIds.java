package io.seamgraph.analytics.resolve;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Customer ids that survive re-runs, incremental loads, merges and splits. A customer id is a promise to the people
 * who bookmarked it, so a cluster keeps the id of the earlier customer it holds the most records of, whatever new
 * record (with a smaller key) joined it:
 * <ul>
 * <li>each earlier id goes to the cluster that holds most of its records (ties: the smallest cluster key), so a split
 * keeps the id on its largest part;</li>
 * <li>a cluster that receives several earlier ids keeps the one with most records (ties: the smallest id); the others
 * become its aliases;</li>
 * <li>a cluster with no earlier id gets {@code C-} and 16 hex digits of SHA-256 of its smallest record key; should that
 * id be taken already (the smaller part of a split holds the record the id was made from), of that key and
 * {@code "#split"};</li>
 * <li>earlier aliases follow their customer to its new id; an alias whose id became a customer's again, or whose
 * customer lost every record, is dropped.</li>
 * </ul>
 */
public final class StableCustomerIds {

    private StableCustomerIds() {
    }

    /**
     * @param assignments (recordKey, customerId)
     * @param aliases     (aliasId, customerId): ids that now answer for another customer
     */
    public record Result(Dataset<Row> assignments, Dataset<Row> aliases) {
    }

    /** The id a cluster gets when nothing earlier names it. */
    public static Column hashId(Column clusterKey) {
        return concat(lit("C-"), substring(sha2(clusterKey, 256), 1, 16));
    }

    /**
     * @param clusters (recordKey, clusterKey)
     * @param previous (recordKey, customerId) of the earlier run
     */
    public static Result assign(Dataset<Row> clusters, Dataset<Row> previous) {
        Dataset<Row> noAliases = previous.sparkSession().createDataFrame(java.util.List.of(),
            new org.apache.spark.sql.types.StructType().add("aliasId", "string").add("customerId", "string"));
        return assign(clusters, previous, noAliases);
    }

    /** @param previousAliases (aliasId, customerId) the earlier run left */
    public static Result assign(Dataset<Row> clusters, Dataset<Row> previous, Dataset<Row> previousAliases) {
        Dataset<Row> overlap = clusters.join(previous.select(col("recordKey"), col("customerId").as("previousId")),
                "recordKey")
            .groupBy("clusterKey", "previousId").agg(count(lit(1)).as("shared"));
        Dataset<Row> home = overlap
            .withColumn("rank", row_number().over(Window.partitionBy("previousId")
                .orderBy(col("shared").desc(), col("clusterKey").asc())))
            .filter(col("rank").equalTo(1)).drop("rank");
        Dataset<Row> kept = home
            .withColumn("rank", row_number().over(Window.partitionBy("clusterKey")
                .orderBy(col("shared").desc(), col("previousId").asc())))
            .filter(col("rank").equalTo(1))
            .select(col("clusterKey"), col("previousId").as("customerId"));

        Dataset<Row> taken = previous.select(col("customerId").as("takenId"))
            .union(previousAliases.select(col("aliasId").as("takenId"))).distinct();
        Dataset<Row> fresh = clusters.select("clusterKey").distinct()
            .join(kept.select("clusterKey"), "clusterKey", "left_anti")
            .withColumn("hashId", hashId(col("clusterKey")));
        fresh = fresh.join(taken, fresh.col("hashId").equalTo(taken.col("takenId")), "left")
            .select(col("clusterKey"), when(col("takenId").isNull(), col("hashId"))
                .otherwise(hashId(concat(col("clusterKey"), lit("#split")))).as("customerId"));
        Dataset<Row> ids = kept.union(fresh);

        Dataset<Row> assignments = clusters.join(ids, "clusterKey").select("recordKey", "customerId");
        Dataset<Row> merged = home.join(ids, "clusterKey")
            .filter(col("previousId").notEqual(col("customerId")))
            .select(col("previousId").as("aliasId"), col("customerId"));
        // Where each earlier id answers now: itself when kept, its merge target when not.
        Dataset<Row> moved = kept.select(col("customerId").as("oldId"), col("customerId").as("newId"))
            .union(merged.select(col("aliasId").as("oldId"), col("customerId").as("newId")));
        Dataset<Row> carried = previousAliases.join(moved, previousAliases.col("customerId").equalTo(moved.col("oldId")))
            .select(col("aliasId"), col("newId").as("customerId"));
        Dataset<Row> current = ids.select(col("customerId").as("currentId"));
        Dataset<Row> aliases = merged.union(carried)
            .join(current, col("aliasId").equalTo(col("currentId")), "left_anti")
            .dropDuplicates("aliasId");
        return new Result(assignments, aliases);
    }
}
