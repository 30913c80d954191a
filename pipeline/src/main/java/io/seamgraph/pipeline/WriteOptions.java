package io.seamgraph.pipeline;

import io.seamgraph.analytics.resolve.ResolveOptions;
import io.seamgraph.ingest.IngestOptions;
import picocli.CommandLine.Option;

/** Tuning shared by the jobs that write. */
final class WriteOptions {

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "" + IngestOptions.DEFAULT_BATCH_SIZE,
        description = "rows per write transaction (default ${DEFAULT-VALUE})")
    int batchSize;

    @Option(names = "--max-records-per-identity", paramLabel = "N",
        defaultValue = "" + ResolveOptions.DEFAULT_MAX_RECORDS_PER_IDENTITY,
        description = "an identifier carried by more records than this links nothing (default ${DEFAULT-VALUE})")
    int maxRecordsPerIdentity;
}
