package io.seamgraph.analytics.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.seamgraph.graph.Neo4jConnection;
import io.seamgraph.job.Progress;
import io.seamgraph.testsupport.CypherFixtures;
import io.seamgraph.testsupport.Neo4jServer;
import io.seamgraph.testsupport.Neo4jServerExtension;
import io.seamgraph.testsupport.SparkSessionExtension;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The gap-sentiment job against a real Neo4j over Bolt, on documents and a silo gap in the contract's shape. */
@ExtendWith({Neo4jServerExtension.class, SparkSessionExtension.class})
class VoiceJobGraphTest {

    private CypherFixtures graph;
    private Neo4jServer server;

    @BeforeEach
    void loadFixture(Neo4jServer server) {
        this.server = server;
        graph = CypherFixtures.connect(server);
        graph.wipe();
        graph.load("/voice/fixture.cypher");
    }

    @AfterEach
    void close() {
        graph.close();
    }

    private VoiceSummary run(SparkSession spark) {
        return new VoiceJob(spark, new VoiceOptions(new Neo4jConnection(server.boltUri(), null, null, null), 100,
            Duration.ofDays(14)), new Progress(new PrintStream(PrintStream.nullOutputStream()), "test")).run();
    }

    @Test
    void writes_the_sentiment_after_each_gap_type_and_per_topic_and_a_rerun_replaces_the_run(SparkSession spark) {
        VoiceSummary first = run(spark);

        assertThat(first.documents()).isEqualTo(5);
        assertThat(first.inbound()).isEqualTo(3);
        assertThat(first.afterGap()).isEqualTo(1);
        Map<String, Object> stat = graph.run("MATCH (s:GapSentimentStat) RETURN properties(s) AS p").get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> p = (Map<String, Object>) stat.get("p");
        assertThat(p).containsEntry("type", "repeat_contact_after_handoff").containsEntry("runId", first.runId())
            .containsEntry("windowDays", 14L).containsEntry("gaps", 1L).containsEntry("documents", 1L)
            .containsEntry("customers", 1L).containsEntry("negativeShare", 1.0).containsEntry("baselineDocuments", 1L)
            .containsEntry("baselineNegativeShare", 0.0).containsEntry("negativeShareDifference", 1.0)
            .doesNotContainKey("lift");
        assertThat((Double) p.get("meanScore")).isCloseTo(-0.8, within(1e-9));

        List<Map<String, Object>> topics = graph.run("""
            MATCH (s:TopicStat) RETURN s.topic AS topic, s.direction AS direction, s.month AS month,
              s.documents AS documents, s.negative AS negative ORDER BY topic, direction""");
        assertThat(topics).containsExactly(
            Map.of("topic", "billing", "direction", "inbound", "month", "2026-01", "documents", 1L, "negative", 1L),
            Map.of("topic", "delivery", "direction", "inbound", "month", "2026-01", "documents", 3L, "negative", 1L),
            Map.of("topic", "delivery", "direction", "outbound", "month", "2026-01", "documents", 1L, "negative", 1L));
        assertThat(graph.run("MATCH (v:VoiceSnapshot) RETURN v.runId AS r, v.windowDays AS w"))
            .containsExactly(Map.of("r", first.runId(), "w", 14L));

        VoiceSummary second = run(spark);

        assertThat(second.runId()).isNotEqualTo(first.runId());
        assertThat(graph.run("MATCH (n) WHERE n:GapSentimentStat OR n:TopicStat RETURN n.runId AS r, count(*) AS n"))
            .containsExactly(Map.of("r", second.runId(), "n", 4L));
        assertThat(graph.run("MATCH (v:VoiceSnapshot) RETURN v.runId AS r")).containsExactly(Map.of("r", second.runId()));
    }
}
