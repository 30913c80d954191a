package io.seamgraph.pipeline;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * One way to get a session: under spark-submit the cluster's settings win; run directly, the job uses every local
 * core with settings that suit one machine (few shuffle partitions, no UI).
 */
final class SparkSessions {

    private SparkSessions() {
    }

    static SparkSession create(String appName) {
        SparkConf conf = new SparkConf(); // picks up spark.* system properties, which spark-submit sets
        SparkSession.Builder builder = SparkSession.builder().appName(appName)
            .config("spark.sql.session.timeZone", "UTC")
            .config("spark.sql.adaptive.enabled", "true");
        if (!conf.contains("spark.master")) {
            int cores = Runtime.getRuntime().availableProcessors();
            builder.master("local[*]")
                .config("spark.sql.shuffle.partitions", Integer.toString(Math.max(4, cores * 4)))
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1");
        }
        SparkSession spark = builder.getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        return spark;
    }
}
