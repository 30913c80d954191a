package io.seamgraph.ingest;

import java.util.List;
import java.util.Map;

/** Counts per source and per graph element written, for the job's report and for tests. */
public record IngestSummary(List<SourceCounts> sources, Map<String, Long> written, String quarantine) {

    public long rejected() {
        return sources.stream().mapToLong(SourceCounts::rejected).sum();
    }

    public long read() {
        return sources.stream().mapToLong(SourceCounts::read).sum();
    }
}
