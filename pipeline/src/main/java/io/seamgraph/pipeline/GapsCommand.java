package io.seamgraph.pipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "gaps", mixinStandardHelpOptions = true,
    description = "Enrich journeys (stage, episode) and detect silo gaps between business units; run after journeys.")
final class GapsCommand extends JobCommand {

    @Mixin
    GapsSettings gaps;

    @Override
    void run(Steps steps) {
        steps.gaps(gaps.load());
    }
}
