package io.seamgraph.graph;

import io.seamgraph.cypher.CypherCatalog;
import io.seamgraph.cypher.CypherRunner;
import io.seamgraph.cypher.Migration;
import io.seamgraph.cypher.SchemaMigrator;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * Driver-side statements of a job: schema migrations, small organisation writes and clean-ups. Bulk rows go
 * through {@link GraphWriter} instead.
 */
public final class GraphSession implements CypherRunner, AutoCloseable {

    private final Driver driver;
    private final String database;

    public GraphSession(Neo4jConnection connection) {
        this.driver = connection.openDriver();
        this.database = connection.database();
    }

    @Override
    public List<Map<String, Object>> run(String cypher, Map<String, Object> parameters) {
        try (Session session = driver.session(SessionConfig.forDatabase(database))) {
            return session.run(cypher, parameters).list(Record::asMap);
        }
    }

    public List<Map<String, Object>> runNamed(String queryName, Map<String, Object> parameters) {
        return run(CypherCatalog.query(queryName), parameters);
    }

    /** Creates constraints and indexes before anything is written; a MERGE without them scans the whole label. */
    public List<Migration> migrateSchema() {
        return new SchemaMigrator(this).migrate();
    }

    @Override
    public void close() {
        driver.close();
    }
}
