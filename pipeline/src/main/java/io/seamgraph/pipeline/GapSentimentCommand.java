package io.seamgraph.pipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "gap-sentiment", mixinStandardHelpOptions = true,
    description = "Measure how negative what customers wrote after each type of silo gap is, against a baseline, and "
        + "topic volume and sentiment per unit and channel; run after gaps.")
final class GapSentimentCommand extends JobCommand {

    @Mixin
    VoiceSettings voice;

    @Override
    void run(Steps steps) {
        steps.gapSentiment(voice);
    }
}
