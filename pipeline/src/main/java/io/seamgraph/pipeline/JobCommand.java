package io.seamgraph.pipeline;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What every Spark command shares: where the graph is, write tuning, the session and the report. */
abstract class JobCommand implements Callable<Integer> {

    @Mixin
    Neo4jOptions neo4j;

    @Mixin
    WriteOptions write;

    @Option(names = "--report", paramLabel = "FILE", description = "also write the step timings and counts as JSON")
    Path reportFile;

    @Override
    public final Integer call() {
        RunReport report = new RunReport(System.out);
        SparkSession spark = SparkSessions.create("seamgraph-" + getClass().getSimpleName());
        try {
            run(new Steps(spark, neo4j.connection(), write, report));
        } finally {
            spark.stop();
        }
        report.print();
        if (reportFile != null) {
            report.writeJson(reportFile);
        }
        return 0;
    }

    abstract void run(Steps steps);
}
