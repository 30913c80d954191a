package io.seamgraph.server;

/** The server could not start; the message says why and what to do, and is printed as is. */
final class ServerStartException extends RuntimeException {

    private final boolean causeIsKnown;

    ServerStartException(String message) {
        this(message, null, true);
    }

    ServerStartException(String message, Throwable cause) {
        this(message, cause, true);
    }

    private ServerStartException(String message, Throwable cause, boolean causeIsKnown) {
        super(message, cause);
        this.causeIsKnown = causeIsKnown;
    }

    /** False when the message could not name the cause: then its stack trace is worth printing. */
    boolean causeIsKnown() {
        return causeIsKnown;
    }

    /** Turns what Neo4j threw while starting into a message naming the cause and the fix. */
    static ServerStartException explain(Throwable failure, ServerOptions options) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException) {
                return new ServerStartException("cannot listen on " + options.host() + ":" + options.port() + " ("
                        + t.getMessage() + "): another process uses that port. Stop it, or pass --port 0 to pick a"
                        + " free port, or --port N for another one.", failure);
            }
            if (t instanceof org.neo4j.io.locker.FileLockException) {
                return new ServerStartException("the data folder " + options.dataDirectory() + " is in use by another"
                        + " Neo4j process. Stop that server, or pass --data with another folder.", failure);
            }
        }
        return new ServerStartException("Neo4j failed to start with data in " + options.dataDirectory() + ": "
                + failure + " (details above and in " + options.dataDirectory().resolve("logs/debug.log") + ")",
                failure, false);
    }
}
