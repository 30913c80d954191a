package io.seamgraph.pipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "pipeline", mixinStandardHelpOptions = true,
    description = "Run ingest, resolve, link-documents, journeys, gaps, gap-sentiment and metrics in one Spark session.")
final class PipelineCommand extends JobCommand {

    @Mixin
    SourcesOptions sources;

    @Mixin
    ResolveSettings resolve;

    @Mixin
    GapsSettings gaps;

    @Mixin
    VoiceSettings voice;

    @Mixin
    MetricsSettings metrics;

    @Override
    void run(Steps steps) {
        steps.ingest(sources.sources, sources.quarantine);
        steps.resolve(resolve);
        steps.linkDocuments();
        steps.journeys();
        io.seamgraph.analytics.gaps.GapConfig config = gaps.load();
        steps.gaps(config);
        steps.gapSentiment(voice);
        steps.metrics(metrics, config.vocabulary());
    }
}
