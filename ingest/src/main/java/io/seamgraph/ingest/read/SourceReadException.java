package io.seamgraph.ingest.read;

/** A declared source cannot be read as declared; the message names the sources file, the source and the field. */
public final class SourceReadException extends RuntimeException {
    public SourceReadException(String message, Throwable cause) {
        super(message, cause);
    }

    public SourceReadException(String message) {
        super(message);
    }
}
