package io.seamgraph.pipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "resolve", mixinStandardHelpOptions = true,
    description = "Link source records that share a strong identifier into customers (GraphX connected components).")
final class ResolveCommand extends JobCommand {

    @Mixin
    ResolveSettings resolve;

    @Override
    void run(Steps steps) {
        steps.resolve(resolve);
    }
}
