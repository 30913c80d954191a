package io.seamgraph.analytics.resolve;

import io.seamgraph.graph.GraphSession;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Corrections declared through the API, stored as {@code (:Correction)} nodes. */
public final class GraphCorrections {

    private GraphCorrections() {
    }

    public static List<Correction> read(GraphSession graph) {
        return graph.runNamed("resolve/read-corrections", Map.of()).stream().map(GraphCorrections::correction).toList();
    }

    @SuppressWarnings("unchecked")
    private static Correction correction(Map<String, Object> row) {
        String id = (String) row.get("id");
        try {
            Number at = (Number) row.get("atMillis");
            return new Correction(id, (List<String>) row.get("records"), Correction.Decision.parse((String) row.get("decision")),
                (String) row.get("reason"), (String) row.get("author"), at == null ? null : Instant.ofEpochMilli(at.longValue()));
        } catch (RuntimeException e) {
            throw new IllegalStateException("Correction " + id + " in the graph cannot be used: " + e.getMessage()
                + "; fix or delete that node", e);
        }
    }
}
