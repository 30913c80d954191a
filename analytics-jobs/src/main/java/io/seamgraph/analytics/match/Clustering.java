package io.seamgraph.analytics.match;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import io.seamgraph.analytics.match.ClusterAlgorithm.Edge;
import io.seamgraph.analytics.match.ClusterAlgorithm.Kind;
import io.seamgraph.analytics.match.ClusterAlgorithm.Via;
import io.seamgraph.analytics.resolve.ConnectedRecords;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Runs {@link ClusterAlgorithm} on each connected group of links, in parallel across groups: connected components
 * (GraphX) only decide which records must be looked at together.
 */
final class Clustering {

    static final StructType OUTPUT = new StructType()
        .add("recordKey", DataTypes.StringType)
        .add("clusterKey", DataTypes.StringType)
        .add("confidence", DataTypes.DoubleType)
        .add("note", DataTypes.StringType); // null for an assignment; "cut" or "refused" for a link not followed

    private Clustering() {
    }

    /**
     * @param assignments (recordKey, clusterKey, confidence), every record
     * @param notFollowed (leftKey, rightKey, probability, reason): links cut as weak bridges or refused by a
     *                    cannotLink or the size limit
     */
    record Result(Dataset<Row> assignments, Dataset<Row> notFollowed) {
    }

    /**
     * @param links  (leftKey, rightKey, probability, weight, kind, sameName, via) with kind a {@link Kind} name (not
     *               CANNOT_LINK), sameName whether the two records carry the same first name and via a {@link Via}
     *               name, what identifiers they share
     * @param cannot (leftKey, rightKey)
     */
    static Result cluster(SparkSession spark, Dataset<Row> records, Dataset<Row> links, Dataset<Row> cannot,
                          MatchSettings.Clustering settings) {
        Dataset<Row> components = ConnectedRecords.components(spark, records.select("recordKey"),
            links.select(col("leftKey").as("srcKey"), col("rightKey").as("dstKey")));
        Dataset<Row> componentOf = components.select(col("recordKey").as("k"), col("component"));
        Dataset<Row> linkEdges = links.join(componentOf, col("leftKey").equalTo(col("k")))
            .select(col("component"), col("leftKey"), col("rightKey"), col("probability"), col("weight"), col("kind"),
                col(ProbabilisticResolution.SAME_NAME), col(ProbabilisticResolution.VIA));
        Dataset<Row> cannotEdges = cannot
            .join(componentOf.select(col("k").as("lk"), col("component").as("lc")), col("leftKey").equalTo(col("lk")))
            .join(componentOf.select(col("k").as("rk"), col("component").as("rc")), col("rightKey").equalTo(col("rk")))
            .filter(col("lc").equalTo(col("rc")))
            .select(col("lc").as("component"), col("leftKey"), col("rightKey"), lit(0.0).as("probability"),
                lit(0.0).as("weight"), lit(Kind.CANNOT_LINK.name()).as("kind"), lit(false).as(ProbabilisticResolution.SAME_NAME),
                lit(Via.NOTHING.name()).as(ProbabilisticResolution.VIA));
        Dataset<Row> groups = linkEdges.unionByName(cannotEdges)
            .groupBy("component")
            .agg(collect_list(struct(col("leftKey"), col("rightKey"), col("probability"), col("weight"), col("kind"),
                col(ProbabilisticResolution.SAME_NAME), col(ProbabilisticResolution.VIA))).as("edges"));

        MatchSettings.Clustering config = settings;
        FlatMapFunction<Row, Row> clusterGroup = row -> {
            List<Row> edgeRows = row.getList(1);
            List<Edge> edges = new ArrayList<>(edgeRows.size());
            for (Row e : edgeRows) {
                edges.add(new Edge(e.getString(0), e.getString(1), e.getDouble(2), e.getDouble(3), Kind.valueOf(e.getString(4)),
                    e.getBoolean(5), Via.valueOf(e.getString(6))));
            }
            ClusterAlgorithm.Outcome outcome = ClusterAlgorithm.cluster(edges, config);
            List<Row> out = new ArrayList<>();
            for (ClusterAlgorithm.Assignment a : outcome.assignments()) {
                out.add(RowFactory.create(a.recordKey(), a.clusterKey(), a.confidence(), null));
            }
            for (Edge e : outcome.cutBridges()) {
                out.add(RowFactory.create(e.a(), e.b(), e.probability(), "cut"));
            }
            for (Edge e : outcome.refused()) {
                out.add(RowFactory.create(e.a(), e.b(), e.probability(), "refused"));
            }
            return out.iterator();
        };
        Dataset<Row> clustered = groups.flatMap(clusterGroup, Encoders.row(OUTPUT)).persist();
        Dataset<Row> assigned = clustered.filter(col("note").isNull()).drop("note");
        Dataset<Row> assignments = records.select("recordKey").join(assigned, "recordKey", "left")
            .select(col("recordKey"), coalesce(col("clusterKey"), col("recordKey")).as("clusterKey"),
                coalesce(col("confidence"), lit(1.0)).as("confidence"));
        Dataset<Row> notFollowed = clustered.filter(col("note").isNotNull())
            .select(col("recordKey").as("leftKey"), col("clusterKey").as("rightKey"), col("confidence").as("probability"),
                col("note").as("reason"));
        return new Result(assignments, notFollowed);
    }
}
