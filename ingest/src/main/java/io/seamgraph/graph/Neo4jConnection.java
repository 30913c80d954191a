package io.seamgraph.graph;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * Where the graph lives. Any Bolt URI works: the embedded default ({@code bolt://127.0.0.1:7687}), a cluster
 * ({@code neo4j://}) or Aura ({@code neo4j+s://}). Credentials come from options or the environment, never code.
 */
public record Neo4jConnection(String uri, String user, String password, String database) implements Serializable {

    public static final String DEFAULT_URI = "bolt://127.0.0.1:7687";

    public Neo4jConnection {
        if (uri == null || uri.isBlank()) {
            throw new IllegalArgumentException("Neo4j URI is empty: pass --neo4j-uri or set NEO4J_URI");
        }
        if (!uri.matches("^(bolt|bolt\\+s|bolt\\+ssc|neo4j|neo4j\\+s|neo4j\\+ssc)://.+")) {
            throw new IllegalArgumentException("Neo4j URI '" + uri
                + "' must start with bolt://, bolt+s://, neo4j:// or neo4j+s:// (and their +ssc forms)");
        }
        database = database == null || database.isBlank() ? "neo4j" : database;
        user = user == null || user.isBlank() ? "neo4j" : user;
    }

    /** Reads NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE, with explicit values taking precedence. */
    public static Neo4jConnection fromEnvironment(String uri, String user, String password, String database) {
        Map<String, String> env = System.getenv();
        return new Neo4jConnection(
            firstNonBlank(uri, env.get("NEO4J_URI"), DEFAULT_URI),
            firstNonBlank(user, env.get("NEO4J_USER"), null),
            firstNonBlank(password, env.get("NEO4J_PASSWORD"), null),
            firstNonBlank(database, env.get("NEO4J_DATABASE"), null));
    }

    public boolean authenticated() {
        return password != null && !password.isEmpty();
    }

    /** Options for the Neo4j Connector for Apache Spark. */
    public Map<String, String> connectorOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("url", uri);
        options.put("database", database);
        if (authenticated()) {
            options.put("authentication.type", "basic");
            options.put("authentication.basic.username", user);
            options.put("authentication.basic.password", password);
        } else {
            options.put("authentication.type", "none");
        }
        return options;
    }

    public Driver openDriver() {
        AuthToken auth = authenticated() ? AuthTokens.basic(user, password) : AuthTokens.none();
        Driver driver = GraphDatabase.driver(uri, auth);
        driver.verifyConnectivity();
        return driver;
    }

    /** Never print the password. */
    @Override
    public String toString() {
        return "Neo4jConnection[uri=" + uri + ", database=" + database + ", user=" + (authenticated() ? user : "(none)") + "]";
    }

    private static String firstNonBlank(String a, String b, String c) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        if (b != null && !b.isBlank()) {
            return b;
        }
        return c;
    }
}
