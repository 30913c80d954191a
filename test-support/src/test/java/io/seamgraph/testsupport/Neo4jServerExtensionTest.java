package io.seamgraph.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/** Starts the packaged server jar through the extension and talks to it over Bolt with driver 4.4 (or 6, see pom). */
@ExtendWith(Neo4jServerExtension.class)
class Neo4jServerExtensionTest {

    private final Neo4jServer neo4j;

    Neo4jServerExtensionTest(Neo4jServer neo4j) {
        this.neo4j = neo4j;
    }

    @BeforeEach
    void emptyGraph() {
        try (CypherFixtures graph = CypherFixtures.connect(neo4j)) {
            graph.wipe();
            graph.dropSchema();
        }
    }

    @Test
    void the_server_answers_a_query_over_bolt() {
        try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
             Session session = driver.session()) {
            driver.verifyConnectivity();

            assertThat(session.run("RETURN 1 AS one", Map.of()).list().get(0).get("one").asLong()).isEqualTo(1L);
        }
    }

    @Test
    void the_server_listens_on_loopback_and_the_static_uri_is_the_injected_one(Neo4jServer injected) {
        assertThat(neo4j.boltUri()).matches("bolt://127\\.0\\.0\\.1:\\d+");
        assertThat(injected).isEqualTo(neo4j);
        assertThat(Neo4jServerExtension.boltUri()).isEqualTo(neo4j.boltUri());
    }

    @Test
    void a_fixture_loads_statement_by_statement_and_a_wipe_empties_the_graph() {
        try (CypherFixtures graph = CypherFixtures.connect(neo4j)) {
            graph.load("fixtures/two-people.cypher");

            assertThat(graph.run("MATCH (p:Person)-[:KNOWS]->(q:Person) RETURN p.name AS from, q.name AS to"))
                    .containsExactly(Map.of("from", "Ada", "to", "Grace"));
            assertThat(graph.run("SHOW CONSTRAINTS YIELD name RETURN name"))
                    .containsExactly(Map.of("name", "person_name"));

            graph.wipe();

            assertThat(graph.run("MATCH (n) RETURN count(n) AS nodes")).containsExactly(Map.of("nodes", 0L));
            assertThat(graph.run("SHOW CONSTRAINTS YIELD name RETURN name")).hasSize(1);
        }
    }

    @Test
    void a_wipe_handles_more_nodes_than_one_batch() {
        try (CypherFixtures graph = CypherFixtures.connect(neo4j)) {
            graph.run("UNWIND range(1, $n) AS i CREATE (:Row {i: i})-[:NEXT]->(:Row {i: -i})", Map.of("n", 6_000));

            graph.wipe();

            assertThat(graph.run("MATCH (n) RETURN count(n) AS nodes")).containsExactly(Map.of("nodes", 0L));
        }
    }

    @Test
    void drop_schema_removes_constraints_and_indexes_but_not_the_lookup_indexes() {
        try (CypherFixtures graph = CypherFixtures.connect(neo4j)) {
            graph.load("fixtures/two-people.cypher");
            graph.run("CREATE INDEX `odd ``name`` index` IF NOT EXISTS FOR (p:Person) ON (p.born)");

            graph.dropSchema();

            assertThat(graph.run("SHOW CONSTRAINTS YIELD name RETURN name")).isEmpty();
            List<Map<String, Object>> indexes = graph.run("SHOW INDEXES YIELD type RETURN type");
            assertThat(indexes).isNotEmpty().allSatisfy(index -> assertThat(index).containsEntry("type", "LOOKUP"));
        }
    }
}
