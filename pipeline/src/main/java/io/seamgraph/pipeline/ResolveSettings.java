package io.seamgraph.pipeline;

import io.seamgraph.analytics.resolve.ResolveOptions;
import io.seamgraph.analytics.resolve.SurvivorshipConfig;
import io.seamgraph.graph.Neo4jConnection;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options of identity resolution, offered only by the commands that resolve. */
final class ResolveSettings {

    @Option(names = "--max-records-per-identity", paramLabel = "N",
        defaultValue = "" + ResolveOptions.DEFAULT_MAX_RECORDS_PER_IDENTITY,
        description = "an identifier carried by more records than this links nothing (default ${DEFAULT-VALUE})")
    int maxRecordsPerIdentity;

    @Option(names = "--corrections", paramLabel = "YAML",
        description = "records declared the same person or different persons (examples/corrections.yaml); "
            + "corrections made through the API apply either way")
    Path corrections;

    @Option(names = "--golden-record", paramLabel = "YAML",
        description = "survivorship rules of the golden record (examples/golden-record.yaml); default: the most "
            + "recent value of every attribute")
    Path goldenRecord;

    ResolveOptions options(Neo4jConnection neo4j, int batchSize) {
        SurvivorshipConfig rules = goldenRecord == null ? SurvivorshipConfig.defaults() : SurvivorshipConfig.load(goldenRecord);
        return new ResolveOptions(neo4j, maxRecordsPerIdentity, batchSize, corrections, rules);
    }
}
