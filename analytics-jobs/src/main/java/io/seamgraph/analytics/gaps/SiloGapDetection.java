package io.seamgraph.analytics.gaps;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Runs every detector over the same journeys and records, one Spark step each, and unions their findings. */
public final class SiloGapDetection {

    private final GapConfig config;

    public SiloGapDetection(GapConfig config) {
        this.config = config;
    }

    /** The eight detectors that read journeys (conflicting data reads records). */
    public List<GapDetector> journeyDetectors() {
        return List.of(new RepeatContactAfterHandoff(config), new UnresolvedChannelSwitch(config),
            new ConsentConflict(config), new ContactPressure(config), new Silence(config),
            new BrandInconsistency(config), new NoOwner(config), new BrokenPromise(config));
    }

    /**
     * @param journeys  see {@link Journey#build}
     * @param records   see {@link ConflictingData#RECORDS}
     * @param conflicts see {@link ConflictingData#CONFLICTS}
     * @return findings ({@link Finding#SCHEMA}), distinct by key
     */
    public Dataset<Row> detect(Dataset<Row> journeys, Dataset<Row> records, Dataset<Row> conflicts) {
        Dataset<Row> all = new ConflictingData(config).detect(records, conflicts);
        for (GapDetector detector : journeyDetectors()) {
            all = all.unionByName(detector.detect(journeys));
        }
        return distinctByKey(all);
    }

    /** Two findings with one key (two withdrawals of one purpose seen in the same contacts) are one gap. */
    static Dataset<Row> distinctByKey(Dataset<Row> findings) {
        // min over the whole row, not first(): the same input must give the same graph on every run.
        org.apache.spark.sql.Column[] rest = java.util.Arrays.stream(Finding.SCHEMA.fieldNames())
            .filter(f -> !f.equals("key")).map(f -> col(f)).toArray(org.apache.spark.sql.Column[]::new);
        return findings.groupBy(col("key")).agg(min(struct(rest)).as("f"))
            .select(col("key"), col("f.*"));
    }
}
