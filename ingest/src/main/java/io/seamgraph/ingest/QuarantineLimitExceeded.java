package io.seamgraph.ingest;

import java.util.List;

/** One or more sources rejected more of their rows than their configured share; nothing was written to the graph. */
public final class QuarantineLimitExceeded extends RuntimeException {

    public QuarantineLimitExceeded(List<String> breaches, String quarantine) {
        super("Ingest stopped before writing the graph: " + String.join("; ", breaches)
            + ". The rejected rows and their reasons are in " + quarantine
            + ". Fix the source or its mapping, or raise maxRejectedShare in the sources YAML.");
    }
}
