package io.seamgraph.pipeline;

import io.seamgraph.analytics.gaps.GapConfig;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options of the silo-gap detection, offered by the commands that detect gaps. */
final class GapsSettings {

    @Option(names = "--gaps-config", paramLabel = "FILE",
        description = "silo-gap parameters (YAML, see examples/silo-gaps.yaml; default: the defaults in docs/silo-gaps.md)")
    Path config;

    @Option(names = "--as-of", paramLabel = "INSTANT",
        description = "judge gaps as of this instant (ISO-8601, e.g. 2026-03-30T00:00:00Z; default: the latest touchpoint)")
    String asOf;

    GapConfig load() {
        GapConfig loaded = config == null ? GapConfig.defaults() : GapConfig.load(config);
        return asOf == null ? loaded : loaded.withAsOf(asOf);
    }
}
