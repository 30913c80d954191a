package io.seamgraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs Neo4j embedded, with Bolt on a local address, until SIGTERM or Ctrl-C. Standard output carries exactly one line,
 * {@value #READY_PREFIX} {@code bolt://HOST:PORT}, once the default database accepts queries; Neo4j's own log goes to
 * standard error and to {@code <data>/logs}.
 */
@Command(
        name = "seamgraph server",
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Runs Neo4j 5 embedded with Bolt on HOST:PORT until SIGTERM or Ctrl-C.",
            "When the database accepts queries it prints one line on standard output:",
            "  " + EmbeddedNeo4jServer.READY_PREFIX + " bolt://HOST:PORT",
            "Neo4j's log goes to standard error and to DATA/logs."
        },
        footer = {
            "",
            "Auth is off by default: Bolt listens on localhost only. With --auth, clients log in as user neo4j with"
                    + " the password in environment variable NEO4J_PASSWORD (at least 8 characters)."
        })
public final class EmbeddedNeo4jServer implements Callable<Integer> {

    /** First word of the one line printed on standard output when the server is ready. */
    public static final String READY_PREFIX = "SEAMGRAPH_NEO4J_READY";

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST",
            description = "Address Bolt listens on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = {"-p", "--port"}, defaultValue = "7687", paramLabel = "PORT",
            description = "Bolt port; 0 picks a free one, printed in the ready line (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = {"-d", "--data"}, defaultValue = ".seamgraph/neo4j", paramLabel = "DIR",
            description = "Folder for databases, transaction logs and logs, created if missing "
                    + "(default: ${DEFAULT-VALUE}, relative to the working folder).")
    Path data;

    @Option(names = "--auth",
            description = "Require a login: user neo4j, password from environment variable NEO4J_PASSWORD.")
    boolean auth;

    @Option(names = "--page-cache", defaultValue = "512m", paramLabel = "SIZE", converter = ByteSize.class,
            description = "Page cache for the store files (default: ${DEFAULT-VALUE}).")
    long pageCache;

    @Option(names = "--tx-memory-total", defaultValue = "1g", paramLabel = "SIZE", converter = ByteSize.class,
            description = "Heap all running transactions may use together (default: ${DEFAULT-VALUE}).")
    long transactionMemoryTotal;

    @Option(names = "--tx-memory-max", defaultValue = "512m", paramLabel = "SIZE", converter = ByteSize.class,
            description = "Heap one transaction may use (default: ${DEFAULT-VALUE}).")
    long transactionMemoryMax;

    @Option(names = "--stop-on-stdin-eof",
            description = "Also stop when standard input closes, so a parent process that dies takes the server with it.")
    boolean stopOnStdinEof;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    private final Map<String, String> environment;
    private final PrintStream out;
    private final PrintStream err;

    EmbeddedNeo4jServer(Map<String, String> environment, PrintStream out, PrintStream err) {
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        CommandLine commandLine = new CommandLine(new EmbeddedNeo4jServer(System.getenv(), System.out, System.err));
        System.exit(commandLine.execute(args));
    }

    @Override
    public Integer call() {
        try {
            ServerOptions options = options();
            DatabaseManagementService dbms = start(options);
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                err.println("seamgraph server: stopping Neo4j");
                dbms.shutdown();
                stopped.countDown();
            }, "seamgraph-neo4j-shutdown"));
            out.println(READY_PREFIX + " " + options.boltUri());
            out.flush();
            if (stopOnStdinEof) {
                exitWhenStdinCloses(System.in);
            }
            stopped.await();
            return 0;
        } catch (ServerStartException e) {
            if (e.getCause() != null && !e.causeIsKnown()) {
                e.getCause().printStackTrace(err);
            }
            err.println("seamgraph server: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** Validates the options and resolves {@code --port 0} to a free port. */
    ServerOptions options() {
        Optional<String> password = Optional.empty();
        if (auth) {
            password = Optional.ofNullable(environment.get("NEO4J_PASSWORD")).filter(p -> !p.isEmpty());
            if (password.isEmpty()) {
                throw new ServerStartException("--auth needs the password in environment variable NEO4J_PASSWORD;"
                        + " set it (at least " + ServerOptions.MINIMUM_PASSWORD_LENGTH + " characters) or drop --auth");
            }
        }
        ServerOptions options = new ServerOptions(host, port, data, password, pageCache, transactionMemoryTotal,
                transactionMemoryMax);
        return options.port() == 0 ? options.withPort(FreePort.on(options.host())) : options;
    }

    private DatabaseManagementService start(ServerOptions options) {
        try {
            Files.createDirectories(options.dataDirectory());
        } catch (IOException e) {
            throw new ServerStartException("cannot create the data folder " + options.dataDirectory() + ": " + e, e);
        }
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(options.dataDirectory())
                    .setConfig(Neo4jSettings.of(options))
                    .setUserLogProvider(new Log4jLogProvider(err, Level.INFO))
                    .build();
        } catch (RuntimeException e) {
            throw ServerStartException.explain(e, options);
        }
        try {
            if (!dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(60_000)) {
                throw new ServerStartException("the database '" + GraphDatabaseSettings.DEFAULT_DATABASE_NAME
                        + "' did not become available within 60 s; see " + options.dataDirectory().resolve("logs"));
            }
            options.password().ifPresent(password -> dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                    .executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                            Map.of("password", password)));
            return dbms;
        } catch (RuntimeException e) {
            dbms.shutdown();
            throw e instanceof ServerStartException known ? known : ServerStartException.explain(e, options);
        }
    }

    private void exitWhenStdinCloses(InputStream stdin) {
        Thread watcher = new Thread(() -> {
            try {
                byte[] buffer = new byte[256];
                while (stdin.read(buffer) >= 0) {
                    // Input is ignored; only its end matters.
                }
            } catch (IOException e) {
                // A broken pipe means the parent is gone too.
            }
            err.println("seamgraph server: standard input closed");
            System.exit(0);
        }, "seamgraph-stdin-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Sizes such as {@code 512m}, {@code 1g}, {@code 256MiB}, parsed the way neo4j.conf parses them. */
    static final class ByteSize implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return ByteUnit.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a size; use e.g. 512m or 1g");
            }
        }
    }
}
