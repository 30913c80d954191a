package io.seamgraph.pipeline;

import io.seamgraph.analytics.match.MatchModel;
import io.seamgraph.analytics.match.MatchSettings;
import io.seamgraph.analytics.resolve.ResolveOptions;
import io.seamgraph.analytics.resolve.SurvivorshipConfig;
import io.seamgraph.graph.Neo4jConnection;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options of identity resolution, offered only by the commands that resolve. */
final class ResolveSettings {

    @Option(names = "--max-records-per-identity", paramLabel = "N",
        defaultValue = "" + ResolveOptions.DEFAULT_MAX_RECORDS_PER_IDENTITY,
        description = "an identifier carried by more records than this links nothing (default ${DEFAULT-VALUE}); "
            + "with --resolution, the settings file's maxRecordsPerIdentity applies instead")
    int maxRecordsPerIdentity;

    @Option(names = "--corrections", paramLabel = "YAML",
        description = "records declared the same person or different persons (examples/corrections.yaml); "
            + "corrections made through the API apply either way")
    Path corrections;

    @Option(names = "--golden-record", paramLabel = "YAML",
        description = "survivorship rules of the golden record (examples/golden-record.yaml); default: the most "
            + "recent value of every attribute")
    Path goldenRecord;

    // Opt-in until it meets its bar on the sample company (BENCHMARKS.md): there it merges households today.
    @Option(names = "--resolution", paramLabel = "YAML",
        description = "also match records probabilistically (Fellegi-Sunter) with these settings, e.g. "
            + "examples/resolution.yaml (docs/identity-resolution.md); default: shared identifiers only")
    Path resolution;

    @Option(names = "--model", paramLabel = "JSON",
        description = "score with this trained model (from --save-model) instead of training on this run's records")
    Path model;

    @Option(names = "--save-model", paramLabel = "JSON", description = "write the model this run used here")
    Path saveModel;

    ResolveOptions options(Neo4jConnection neo4j, int batchSize) {
        SurvivorshipConfig rules = goldenRecord == null ? SurvivorshipConfig.defaults() : SurvivorshipConfig.load(goldenRecord);
        if (resolution == null) {
            return new ResolveOptions(neo4j, maxRecordsPerIdentity, batchSize, corrections, rules);
        }
        return new ResolveOptions(neo4j, maxRecordsPerIdentity, batchSize, corrections, rules, MatchSettings.load(resolution),
            model == null ? null : MatchModel.load(model), saveModel);
    }
}
