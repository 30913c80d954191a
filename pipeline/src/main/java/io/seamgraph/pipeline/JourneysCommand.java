package io.seamgraph.pipeline;

import picocli.CommandLine.Command;

@Command(name = "journeys", mixinStandardHelpOptions = true,
    description = "Order each customer's touchpoints by time and chain them with NEXT (gap, hand-off, channel switch).")
final class JourneysCommand extends JobCommand {
    @Override
    void run(Steps steps) {
        steps.journeys();
    }
}
