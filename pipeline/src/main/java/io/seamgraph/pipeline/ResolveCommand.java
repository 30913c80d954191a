package io.seamgraph.pipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "resolve", mixinStandardHelpOptions = true,
    description = "Resolve source records into customers: shared identifiers and probabilistic matching (Fellegi-Sunter), "
        + "clustered with guards against over-merging; --no-matching for shared identifiers only.")
final class ResolveCommand extends JobCommand {

    @Mixin
    ResolveSettings resolve;

    @Override
    void run(Steps steps) {
        steps.resolve(resolve);
    }
}
