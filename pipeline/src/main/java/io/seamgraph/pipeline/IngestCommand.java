package io.seamgraph.pipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Read every declared source, normalise and validate it, quarantine bad rows, write the graph.")
final class IngestCommand extends JobCommand {

    @Mixin
    SourcesOptions sources;

    @Override
    void run(Steps steps) {
        steps.ingest(sources.sources, sources.quarantine);
    }
}
