package io.seamgraph.ingest;

/**
 * What happened to one source's rows: read, accepted into the graph, rejected (whole row to quarantine) and values
 * dropped from rows that were kept (also in quarantine).
 */
public record SourceCounts(String source, String kind, long read, long accepted, long rejected, long droppedValues) {

    public double rejectedShare() {
        return read == 0 ? 0 : (double) rejected / read;
    }
}
