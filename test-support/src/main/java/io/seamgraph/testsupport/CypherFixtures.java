package io.seamgraph.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * Runs Cypher fixtures against a test database: whole {@code .cypher} classpath resources (statements end with a
 * {@code ;} at the end of a line; whole-line {@code //} comments are dropped), single statements, and the wipes tests
 * need between them.
 *
 * <p>Uses only the driver API that driver 4.4 (the jobs' tests, through the Spark connector) and driver 6 (the API's
 * tests, through Spring Boot) share; the caller brings the driver.
 */
public final class CypherFixtures implements AutoCloseable {

    private static final String OWN_QUERIES = "io/seamgraph/testsupport/";

    private final Driver driver;
    private final boolean ownsDriver;

    private CypherFixtures(Driver driver, boolean ownsDriver) {
        this.driver = driver;
        this.ownsDriver = ownsDriver;
    }

    /** Opens a driver without auth (the embedded server has none) and closes it on {@link #close()}. */
    public static CypherFixtures connect(String boltUri) {
        Driver driver = GraphDatabase.driver(boltUri, AuthTokens.none());
        try {
            driver.verifyConnectivity();
        } catch (RuntimeException e) {
            driver.close();
            throw e;
        }
        return new CypherFixtures(driver, true);
    }

    public static CypherFixtures connect(Neo4jServer server) {
        return connect(server.boltUri());
    }

    /** Uses a driver the caller owns; {@link #close()} leaves it open. */
    public static CypherFixtures using(Driver driver) {
        return new CypherFixtures(driver, false);
    }

    /** Runs every statement of a {@code .cypher} classpath resource, each in its own auto-commit transaction. */
    public void load(String resource) {
        for (String statement : statements(resource(resource))) {
            run(statement);
        }
    }

    public List<Map<String, Object>> run(String cypher) {
        return run(cypher, Map.of());
    }

    /** Runs one statement in an auto-commit transaction and returns its rows. */
    public List<Map<String, Object>> run(String cypher, Map<String, Object> parameters) {
        try (Session session = driver.session()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Record record : session.run(cypher, parameters).list()) {
                rows.add(record.asMap());
            }
            return rows;
        }
    }

    /** Deletes every node and relationship, in batches; constraints and indexes stay. */
    public void wipe() {
        load(OWN_QUERIES + "wipe.cypher");
    }

    /** Drops every constraint and every index except the token lookup indexes Neo4j keeps for itself. */
    public void dropSchema() {
        for (Map<String, Object> constraint : run(resource(OWN_QUERIES + "constraint-names.cypher"))) {
            run("DROP CONSTRAINT " + quote((String) constraint.get("name")) + " IF EXISTS");
        }
        for (Map<String, Object> index : run(resource(OWN_QUERIES + "index-names.cypher"))) {
            run("DROP INDEX " + quote((String) index.get("name")) + " IF EXISTS");
        }
    }

    @Override
    public void close() {
        if (ownsDriver) {
            driver.close();
        }
    }

    /** The statements of a script: split where a line ends with {@code ;}, whole-line comments and blanks dropped. */
    public static List<String> statements(String script) {
        StringBuilder withoutComments = new StringBuilder();
        for (String line : script.split("\\R")) {
            if (!line.strip().startsWith("//")) {
                withoutComments.append(line).append('\n');
            }
        }
        return Arrays.stream(withoutComments.toString().split(";[ \\t]*(\\R|$)"))
                .map(String::strip)
                .filter(statement -> !statement.isEmpty())
                .toList();
    }

    /** The text of a classpath resource; a leading {@code /} is optional. */
    public static String resource(String name) {
        String path = name.startsWith("/") ? name.substring(1) : name;
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = CypherFixtures.class.getClassLoader();
        }
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no classpath resource '" + path + "': put it under"
                        + " src/test/resources/" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath:" + path, e);
        }
    }

    /** A schema name as a Cypher identifier: in backticks, with backticks doubled. */
    static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
