package io.seamgraph.pipeline;

import io.seamgraph.analytics.voice.VoiceOptions;
import picocli.CommandLine.Option;

/** The gap-sentiment job's options, shared by the gap-sentiment and pipeline commands. */
final class VoiceSettings {

    @Option(names = "--sentiment-window-days", paramLabel = "DAYS", defaultValue = "" + VoiceOptions.DEFAULT_WINDOW_DAYS,
        description = "what a customer writes this many days after a silo gap counts as said about it (default ${DEFAULT-VALUE})")
    int windowDays;
}
