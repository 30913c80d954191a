package io.seamgraph.pipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "metrics", mixinStandardHelpOptions = true,
    description = "Precompute journey paths, flows, funnels' inputs, the hand-off matrix, silo scores and weekly metrics for the API.")
final class MetricsCommand extends JobCommand {

    @Mixin
    MetricsSettings metrics;

    @Override
    void run(Steps steps) {
        steps.metrics(metrics, io.seamgraph.analytics.gaps.GapConfig.defaults().vocabulary());
    }
}
