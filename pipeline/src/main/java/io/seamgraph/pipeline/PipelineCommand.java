package io.seamgraph.pipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "pipeline", mixinStandardHelpOptions = true,
    description = "Run ingest, resolve, link-documents, journeys, gaps and metrics in one Spark session.")
final class PipelineCommand extends JobCommand {

    @Mixin
    SourcesOptions sources;

    @Mixin
    ResolveSettings resolve;

    @Mixin
    GapsSettings gaps;

    @Mixin
    MetricsSettings metrics;

    @Override
    void run(Steps steps) {
        steps.ingest(sources.sources, sources.quarantine);
        steps.resolve(resolve);
        steps.linkDocuments();
        steps.journeys();
        steps.gaps(gaps.load());
        steps.metrics(metrics);
    }
}
