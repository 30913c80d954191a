package io.seamgraph.api;

import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import io.seamgraph.cypher.SchemaMigrator;
import io.seamgraph.testsupport.CypherFixtures;
import io.seamgraph.testsupport.Neo4jServerExtension;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The whole API over real HTTP, against the embedded Neo4j server loaded with {@code fixtures/customers-and-journeys.cypher}
 * (read it for the people, records and journeys the tests name). Every test class of this kind shares one Spring
 * context and one database; the tests only read, so each class loads the graph once.
 */
@ExtendWith(Neo4jServerExtension.class)
// The metrics run is read afresh on every request: each test class loads its own fixture graph into the one database
// and the one application context they share, so a cached run could belong to an earlier class.
@SpringBootTest(webEnvironment = RANDOM_PORT,
    properties = {"seamgraph.api.password=" + HttpTestSupport.PASSWORD, "seamgraph.api.analytics-refresh=PT0S"})
public abstract class HttpTestSupport {

    protected static final String PASSWORD = "test-password-1";
    protected static final String ADMIN = "admin";
    protected static final String ANALYST = "analyst";
    protected static final String DASHBOARD = "dashboard";

    /** Jo Smith: crm:1001, esp:E-77, helpdesk:H-5; five touchpoints. */
    protected static final String JO = "C-130abdf9bc3f77ce";
    /** Sam Smith, Jo's household: crm:1002, esp:E-78; two touchpoints. */
    protected static final String SAM = "C-84be599b2c8270a8";
    /** Alex Jones: helpdesk:H-9 alone; no touchpoints. */
    protected static final String ALEX = "C-92cb9b232b63c3c7";

    @LocalServerPort
    private int port;

    protected RestTestClient http;

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        registry.add("spring.neo4j.uri", Neo4jServerExtension::boltUri);
    }

    @BeforeAll
    static void loadGraph() {
        try (CypherFixtures graph = CypherFixtures.connect(Neo4jServerExtension.boltUri())) {
            graph.wipe();
            new SchemaMigrator(graph::run).migrate();
            graph.load("fixtures/customers-and-journeys.cypher");
        }
    }

    @BeforeEach
    void connect() {
        http = RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
    }

    /** A GET as {@code user} (with the test password), or without credentials when {@code user} is null. */
    protected RestTestClient.ResponseSpec get(String user, String uri, Object... variables) {
        return http.get().uri(uri, variables)
            .headers(headers -> {
                if (user != null) {
                    headers.setBasicAuth(user, PASSWORD);
                }
            })
            .exchange();
    }
}
