package io.seamgraph.analytics.gaps;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * One silo-gap detector over customers' journeys. The rule is plain Java over one journey ({@link #find}); the Spark
 * step ({@link #detect}) applies it to every customer in parallel.
 */
public abstract class GapDetector implements Serializable {

    protected final GapConfig config;

    protected GapDetector(GapConfig config) {
        this.config = config;
    }

    public abstract GapType type();

    public abstract List<Finding> find(Journey journey);

    /** Journeys (see {@link Journey#build}) -> findings ({@link Finding#SCHEMA}). */
    public Dataset<Row> detect(Dataset<Row> journeys) {
        return journeys.flatMap((FlatMapFunction<Row, Row>) row -> find(Journey.of(row)).stream().map(Finding::toRow).iterator(),
            Encoders.row(Finding.SCHEMA));
    }

    static String hours(long millis) {
        double h = millis / 3_600_000.0;
        return h < 48 ? String.format("%.0f h", h) : String.format("%.0f days", h / 24);
    }
}
