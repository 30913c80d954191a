package io.seamgraph.analytics.documents;

import java.util.Map;

/** What the link step decided: documents seen, linked (per method), and unlinked (per reason). */
public record DocumentLinkSummary(long documents, long linked, Map<String, Long> byMethod, Map<String, Long> unlinked) {
}
