package io.seamgraph.analytics.documents;

import java.util.Map;

/**
 * What the link step decided: documents seen, linked (per method), unlinked (per reason), and interaction documents
 * attached to an existing touchpoint (per method).
 */
public record DocumentLinkSummary(long documents, long linked, Map<String, Long> byMethod, Map<String, Long> unlinked,
                                  Map<String, Long> attached) {
}
