package io.seamgraph.graph;

import io.seamgraph.cypher.CypherCatalog;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/** Reads the result of a named query into a Dataset, with the schema the job expects rather than a sampled one. */
public final class GraphReader {

    private final Neo4jConnection connection;

    public GraphReader(Neo4jConnection connection) {
        this.connection = connection;
    }

    public Dataset<Row> read(SparkSession spark, String queryName, StructType schema) {
        return spark.read()
            .format("org.neo4j.spark.DataSource")
            .options(connection.connectorOptions())
            .option("query", CypherCatalog.query(queryName))
            .schema(schema)
            .load();
    }
}
