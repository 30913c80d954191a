package io.seamgraph.cypher;

import java.util.List;
import java.util.Map;

/** Runs one Cypher statement with parameters; each side (jobs, API) adapts its own driver to this. */
@FunctionalInterface
public interface CypherRunner {
    List<Map<String, Object>> run(String cypher, Map<String, Object> parameters);
}
