package io.seamgraph.pipeline;

import io.seamgraph.analytics.metrics.MetricsOptions;
import picocli.CommandLine.Option;

/** The metrics job's options, shared by the metrics and pipeline commands. */
final class MetricsSettings {

    @Option(names = "--max-path-steps", paramLabel = "N", defaultValue = "" + MetricsOptions.DEFAULT_MAX_PATH_STEPS,
        description = "longest path and Sankey depth the metrics job counts, 2 to 10 (default ${DEFAULT-VALUE})")
    int maxPathSteps;

    @Option(names = "--repeat-window-days", paramLabel = "DAYS", defaultValue = "7",
        description = "a contact this soon after a hand-off is a repeat contact (default ${DEFAULT-VALUE})")
    int repeatWindowDays;

    @Option(names = "--contact-channels", paramLabel = "CHANNEL", split = ",",
        description = "channels on which an inbound touchpoint is a contact (default: the silo-gap vocabulary's "
            + "conversationalChannels: email, sms, phone, chat, social)")
    java.util.List<String> contactChannels;
}
