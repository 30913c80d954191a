package io.seamgraph.pipeline;

import io.seamgraph.ingest.IngestOptions;
import picocli.CommandLine.Option;

/** Tuning shared by the jobs that write. */
final class WriteOptions {

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "" + IngestOptions.DEFAULT_BATCH_SIZE,
        description = "rows per write transaction (default ${DEFAULT-VALUE})")
    int batchSize;
}
