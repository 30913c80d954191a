package io.seamgraph.analytics.resolve;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.min;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Clusters of the deterministic path with the corrections enforced: must-links join like any link; a component that
 * holds both records of a cannot-link is re-partitioned by {@link ConstrainedUnion}, which leaves out the links that
 * would put them together. Only those few components leave Spark; the rest are plain connected components.
 */
public final class CorrectedClusters {

    private static final StructType CLUSTERS = new StructType()
        .add("recordKey", DataTypes.StringType).add("clusterKey", DataTypes.StringType);

    private CorrectedClusters() {
    }

    /**
     * @param records (recordKey)
     * @param links   (srcKey, dstKey)
     * @return (recordKey, clusterKey), clusterKey the smallest record key of the cluster
     */
    public static Dataset<Row> of(SparkSession spark, Dataset<Row> records, Dataset<Row> links,
                                  CorrectionLinks.Constraints corrections) {
        Dataset<Row> known = records.select("recordKey");
        // A correction about a record that is no longer in the sources constrains nothing.
        Dataset<Row> mustLink = existing(corrections.mustLink(), known);
        Dataset<Row> cannotLink = existing(corrections.cannotLink(), known);
        Dataset<Row> edges = links.select("srcKey", "dstKey")
            .union(mustLink.select(col("leftKey").as("srcKey"), col("rightKey").as("dstKey")));
        Dataset<Row> components = ConnectedRecords.components(spark, records, edges);
        // Held: GraphX's rounds would otherwise run again for the check below and for every later use.
        Dataset<Row> clusters = components.join(components.groupBy("component").agg(min("recordKey").as("clusterKey")),
            "component").persist(StorageLevel.MEMORY_AND_DISK());

        Dataset<Row> torn = cannotLink
            .join(clusters.select(col("recordKey").as("leftKey"), col("component")), "leftKey")
            .join(clusters.select(col("recordKey").as("rightKey"), col("component").as("rightComponent")), "rightKey")
            .filter(col("component").equalTo(col("rightComponent")))
            .select("component").distinct();
        List<Row> tornComponents = torn.collectAsList();
        if (tornComponents.isEmpty()) {
            return clusters.select("recordKey", "clusterKey");
        }
        Dataset<Row> members = clusters.join(torn, "component").select("recordKey", "component");
        List<String> memberKeys = members.select("recordKey").orderBy("recordKey").as(org.apache.spark.sql.Encoders.STRING())
            .collectAsList();
        Map<String, String> repartitioned = ConstrainedUnion.partition(memberKeys,
            pairs(mustLink.join(members.select(col("recordKey").as("leftKey")), "leftKey"), "leftKey", "rightKey"),
            pairs(edges.join(members.select(col("recordKey").as("srcKey")), "srcKey"), "srcKey", "dstKey"),
            pairs(cannotLink.join(members.select(col("recordKey").as("leftKey")), "leftKey"), "leftKey", "rightKey"));
        Dataset<Row> fixed = spark.createDataFrame(repartitioned.entrySet().stream()
            .map(e -> RowFactory.create(e.getKey(), e.getValue())).toList(), CLUSTERS);
        return clusters.join(torn, clusters.col("component").equalTo(torn.col("component")), "left_anti")
            .select("recordKey", "clusterKey")
            .union(fixed);
    }

    private static Dataset<Row> existing(Dataset<Row> pairs, Dataset<Row> known) {
        return pairs.join(known.select(col("recordKey").as("leftKey")), "leftKey")
            .join(known.select(col("recordKey").as("rightKey")), "rightKey")
            .select("leftKey", "rightKey");
    }

    private static List<Correction.Pair> pairs(Dataset<Row> rows, String left, String right) {
        return rows.select(left, right).orderBy(left, right).collectAsList().stream()
            .map(r -> Correction.Pair.of(r.getString(0), r.getString(1))).toList();
    }
}
