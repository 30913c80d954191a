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
            + "with matching (the default), the resolution settings' maxRecordsPerIdentity applies instead")
    int maxRecordsPerIdentity;

    @Option(names = "--corrections", paramLabel = "YAML",
        description = "records declared the same person or different persons (examples/corrections.yaml); "
            + "corrections made through the API apply either way")
    Path corrections;

    @Option(names = "--golden-record", paramLabel = "YAML",
        description = "survivorship rules of the golden record (examples/golden-record.yaml); default: the most "
            + "recent value of every attribute")
    Path goldenRecord;

    @Option(names = "--resolution", paramLabel = "YAML",
        description = "match records probabilistically (Fellegi-Sunter) with these settings (docs/identity-resolution.md); "
            + "default: the shipped examples/resolution.yaml")
    Path resolution;

    @Option(names = "--matching", negatable = true, defaultValue = "true", fallbackValue = "true",
        description = "match records probabilistically as well as through shared identifiers (the default); "
            + "--no-matching links records through shared identifiers only")
    boolean matching;

    @Option(names = "--model", paramLabel = "JSON",
        description = "score with this trained model (from --save-model) instead of training on this run's records")
    Path model;

    @Option(names = "--save-model", paramLabel = "JSON", description = "write the model this run used here")
    Path saveModel;

    ResolveOptions options(Neo4jConnection neo4j, int batchSize) {
        SurvivorshipConfig rules = goldenRecord == null ? SurvivorshipConfig.defaults() : SurvivorshipConfig.load(goldenRecord);
        if (!matching) {
            if (resolution != null || model != null || saveModel != null) {
                throw new IllegalArgumentException("--no-matching: --resolution, --model and --save-model need matching");
            }
            return new ResolveOptions(neo4j, maxRecordsPerIdentity, batchSize, corrections, rules);
        }
        MatchSettings settings = resolution == null ? MatchSettings.shipped() : MatchSettings.load(resolution);
        return new ResolveOptions(neo4j, maxRecordsPerIdentity, batchSize, corrections, rules, settings,
            model == null ? null : MatchModel.load(model), saveModel);
    }
}
