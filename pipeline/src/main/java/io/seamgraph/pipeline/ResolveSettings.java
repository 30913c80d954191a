package io.seamgraph.pipeline;

import io.seamgraph.analytics.resolve.ResolveOptions;
import picocli.CommandLine.Option;

/** Options of identity resolution, offered only by the commands that resolve. */
final class ResolveSettings {

    @Option(names = "--max-records-per-identity", paramLabel = "N",
        defaultValue = "" + ResolveOptions.DEFAULT_MAX_RECORDS_PER_IDENTITY,
        description = "an identifier carried by more records than this links nothing (default ${DEFAULT-VALUE})")
    int maxRecordsPerIdentity;
}
