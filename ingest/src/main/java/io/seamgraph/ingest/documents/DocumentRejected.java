package io.seamgraph.ingest.documents;

/** A file that cannot become documents: it goes to quarantine with this reason, and the job carries on. */
public final class DocumentRejected extends Exception {

    public DocumentRejected(String reason) {
        super(reason);
    }

    public DocumentRejected(String reason, Throwable cause) {
        super(reason + ": " + firstLine(cause), cause);
    }

    private static String firstLine(Throwable cause) {
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }
}
