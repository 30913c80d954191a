package io.seamgraph.pipeline;

import java.util.Map;

/** One step of a run, as printed and as written to the JSON report. */
record StepReport(String step, double seconds, Map<String, Long> counts) {
}
