package io.seamgraph.analytics.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import io.seamgraph.graph.Neo4jConnection;
import io.seamgraph.job.Progress;
import io.seamgraph.testsupport.CypherFixtures;
import io.seamgraph.testsupport.Neo4jServer;
import io.seamgraph.testsupport.Neo4jServerExtension;
import io.seamgraph.testsupport.SparkSessionExtension;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The gaps job against a real Neo4j over Bolt, on a two-customer graph as ingest, resolve and journeys leave it. */
@ExtendWith({Neo4jServerExtension.class, SparkSessionExtension.class})
class GapsJobGraphTest {

    private static final String SNAPSHOT = """
        MATCH (g:SiloGap)
        OPTIONAL MATCH (c:Customer)-[:HAS_GAP]->(g)
        OPTIONAL MATCH (g)-[:EVIDENCE]->(e)
        WITH g, c, e ORDER BY e.key
        WITH g, c, collect(DISTINCT e.key) AS evidence
        OPTIONAL MATCH (g)-[:INVOLVES]->(u:BusinessUnit)
        WITH g, c, evidence, u ORDER BY u.key
        WITH g, c, evidence, collect(DISTINCT u.key) AS units
        RETURN g.key AS key, g.type AS type, c.id AS customer, g.severity AS severity, toString(g.at) AS at,
               g.summary AS summary, g.params AS params, evidence, units
        ORDER BY key""";

    private CypherFixtures graph;
    private Neo4jServer server;

    @BeforeEach
    void loadFixture(Neo4jServer server) {
        this.server = server;
        graph = CypherFixtures.connect(server);
        graph.wipe();
        graph.load("/gaps/fixture.cypher");
    }

    @AfterEach
    void close() {
        graph.close();
    }

    private GapsSummary run(SparkSession spark) {
        return new GapsJob(spark, new Neo4jConnection(server.boltUri(), null, null, null), GapConfig.defaults(), 100,
            new Progress(new PrintStream(PrintStream.nullOutputStream()), "test")).run();
    }

    @Test
    void writes_each_gap_with_its_customer_evidence_and_units_and_a_rerun_gives_the_same_graph(SparkSession spark) {
        GapsSummary first = run(spark);

        assertThat(first.perType()).containsEntry("repeat_contact_after_handoff", 1L).containsEntry("consent_conflict", 1L)
            .containsEntry("conflicting_data", 1L);
        assertThat(first.gaps()).isEqualTo(3);
        // nothing was enriched before: every touchpoint is written
        assertThat(first.enrichmentWrites()).isEqualTo(first.touchpoints()).isPositive();
        List<Map<String, Object>> gaps = graph.run(SNAPSHOT);
        assertThat(gaps).extracting(g -> g.get("key")).containsExactly(
            "conflicting_data:C-2:dateOfBirth", "consent_conflict:C-1:messages:2", "repeat_contact_after_handoff:C-1:tickets:1");
        assertThat(gaps.get(2)).containsEntry("customer", "C-1")
            .containsEntry("evidence", List.of("messages:1", "tickets:1", "tickets:2"))
            .containsEntry("at", "2026-01-08T11:00:00Z");
        assertThat(gaps.get(2)).containsEntry("units", List.of("billing", "customer_service"));
        assertThat(gaps.get(1)).containsEntry("evidence", List.of("messages:2"));
        assertThat(gaps.get(1)).containsEntry("units", List.of("billing", "marketing"));
        assertThat(graph.run("MATCH (:SiloGap {type: 'conflicting_data'})-[:EVIDENCE]->(r:SourceRecord) RETURN r.key AS k ORDER BY k"))
            .extracting(r -> r.get("k")).containsExactly("crm:2", "shop:2");
        assertThat(graph.run("MATCH (g:SiloGap) WHERE g.severity < 0 OR g.severity > 1 OR g.runId <> $run OR g.params IS NULL "
            + "OR g.detectedAt IS NULL OR g.summary IS NULL OR g.units IS NULL RETURN g.key AS k", Map.of("run", first.runId()))).isEmpty();

        // enrichment: the order had no stage (inferred from its type), the others keep the source's
        assertThat(graph.run("MATCH (t:Touchpoint {key: 'orders:1'}) RETURN t.stage AS s, t.stageInferred AS i").get(0))
            .containsEntry("s", "buy").containsEntry("i", true);
        assertThat(graph.run("MATCH (t:Touchpoint) WHERE t.episode IS NULL OR t.stageInferred IS NULL RETURN t.key AS k")).isEmpty();
        assertThat(graph.run("MATCH (t:Touchpoint {key: 'tickets:1'}), (u:Touchpoint {key: 'tickets:2'}) "
            + "RETURN t.episode = u.episode AS same, t.stageInferred AS i").get(0)).containsEntry("same", true).containsEntry("i", false);
        assertThat(graph.run("MATCH (s:UnitBrandStat {unit: 'billing'}) RETURN s.outbound AS o, s.unbrandedShare AS share").get(0))
            .containsEntry("o", 1L).containsEntry("share", 0.0);

        List<Map<String, Object>> touchpoints = graph.run("MATCH (t:Touchpoint) RETURN t.key AS k, t.episode AS e, t.stage AS s ORDER BY k");
        GapsSummary second = run(spark);

        assertThat(second.runId()).isNotEqualTo(first.runId());
        // the same journeys give the same enrichment: nothing to write
        assertThat(second.touchpoints()).isEqualTo(first.touchpoints());
        assertThat(second.enrichmentWrites()).isZero();
        assertThat(graph.run(SNAPSHOT)).isEqualTo(gaps);
        assertThat(graph.run("MATCH (t:Touchpoint) RETURN t.key AS k, t.episode AS e, t.stage AS s ORDER BY k")).isEqualTo(touchpoints);
        assertThat(graph.run("MATCH (g:SiloGap) WHERE g.runId <> $run RETURN g.key AS k", Map.of("run", second.runId()))).isEmpty();

        // one touchpoint's enrichment overwritten by someone else: only that one is written back
        graph.run("MATCH (t:Touchpoint {key: 'tickets:2'}) SET t.episode = 'episode:stale'");
        GapsSummary third = run(spark);
        assertThat(third.enrichmentWrites()).isEqualTo(1);
        assertThat(graph.run("MATCH (t:Touchpoint) RETURN t.key AS k, t.episode AS e, t.stage AS s ORDER BY k")).isEqualTo(touchpoints);
    }

    @Test
    void a_gap_that_is_no_longer_there_is_removed_on_the_next_run(SparkSession spark) {
        run(spark);
        graph.run("MATCH (:SourceRecord {key: 'esp:1'})-[c:CONSENT]->() SET c.granted = true");

        run(spark);

        assertThat(graph.run("MATCH (g:SiloGap) RETURN g.type AS t ORDER BY t")).extracting(r -> r.get("t"))
            .containsExactly("conflicting_data", "repeat_contact_after_handoff");
        assertThat(graph.run("MATCH (c:Customer {id: 'C-1'})-[:HAS_GAP]->(g) RETURN count(g) AS n").get(0)).containsEntry("n", 1L);
    }
}
