package io.seamgraph.analytics.match;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Clusters against ground truth: pairwise precision, recall and F1 (over pairs of records put together), and
 * B-cubed (per record, the overlap of its cluster with its true entity, averaged). Records without truth are left out.
 */
public final class Evaluation {

    private Evaluation() {
    }

    public record Metrics(long records, long clusters, long entities, long truePairs, long predictedPairs,
                          long correctPairs, double precision, double recall, double f1,
                          double bcubedPrecision, double bcubedRecall, double bcubedF1) {

        public String summary() {
            return String.format("pairwise precision %.4f recall %.4f F1 %.4f (%,d of %,d predicted pairs correct, %,d true pairs); "
                    + "B-cubed precision %.4f recall %.4f F1 %.4f; %,d records, %,d clusters, %,d true entities",
                precision, recall, f1, correctPairs, predictedPairs, truePairs, bcubedPrecision, bcubedRecall, bcubedF1,
                records, clusters, entities);
        }
    }

    /**
     * @param assignments (recordKey, clusterKey)
     * @param truth       (recordKey, entityId)
     */
    public static Metrics of(Dataset<Row> assignments, Dataset<Row> truth) {
        Dataset<Row> joined = assignments.select("recordKey", "clusterKey").join(truth.select("recordKey", "entityId"), "recordKey")
            .persist();
        Dataset<Row> cells = joined.groupBy("clusterKey", "entityId").agg(count(lit(1)).as("n"));
        Dataset<Row> clusterSizes = joined.groupBy("clusterKey").agg(count(lit(1)).as("c"));
        Dataset<Row> entitySizes = joined.groupBy("entityId").agg(count(lit(1)).as("e"));
        Row cellStats = cells.join(clusterSizes, "clusterKey").join(entitySizes, "entityId")
            .agg(sum(col("n").multiply(col("n").minus(1)).divide(2)).cast("long"),
                sum(col("n").multiply(col("n")).divide(col("c"))),
                sum(col("n").multiply(col("n")).divide(col("e"))),
                sum("n"))
            .first();
        Row clusterStats = clusterSizes.agg(sum(col("c").multiply(col("c").minus(1)).divide(2)).cast("long"), count(lit(1))).first();
        Row entityStats = entitySizes.agg(sum(col("e").multiply(col("e").minus(1)).divide(2)).cast("long"), count(lit(1))).first();
        joined.unpersist();
        long records = cellStats.isNullAt(3) ? 0 : cellStats.getLong(3);
        long correct = cellStats.isNullAt(0) ? 0 : cellStats.getLong(0);
        long predicted = clusterStats.isNullAt(0) ? 0 : clusterStats.getLong(0);
        long truePairs = entityStats.isNullAt(0) ? 0 : entityStats.getLong(0);
        double precision = predicted == 0 ? 1.0 : (double) correct / predicted;
        double recall = truePairs == 0 ? 1.0 : (double) correct / truePairs;
        double bp = records == 0 ? 1.0 : cellStats.getDouble(1) / records;
        double br = records == 0 ? 1.0 : cellStats.getDouble(2) / records;
        return new Metrics(records, clusterStats.getLong(1), entityStats.getLong(1), truePairs, predicted, correct,
            precision, recall, f1(precision, recall), bp, br, f1(bp, br));
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
