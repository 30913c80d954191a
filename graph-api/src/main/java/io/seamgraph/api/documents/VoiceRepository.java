package io.seamgraph.api.documents;

import static io.seamgraph.api.graph.RecordValues.instant;
import static io.seamgraph.api.graph.RecordValues.string;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.seamgraph.api.documents.VoiceViews.GapSentimentView;
import io.seamgraph.api.documents.VoiceViews.TopicRow;
import io.seamgraph.api.documents.VoiceViews.VoiceRun;
import io.seamgraph.cypher.CypherCatalog;

import org.neo4j.driver.types.MapAccessor;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** What the gap-sentiment job precomputed (TopicStat, GapSentimentStat), always of the run the VoiceSnapshot names. */
@Repository
class VoiceRepository {

    private final Neo4jClient neo4j;

    VoiceRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    @Transactional(readOnly = true)
    Optional<VoiceRun> run() {
        return neo4j.query(CypherCatalog.query("api/topics-snapshot")).fetchAs(VoiceRun.class)
            .mappedBy((types, row) -> new VoiceRun(string(row, "runId"), instant(row, "computedAt"),
                row.get("windowDays").asInt()))
            .one();
    }

    @Transactional(readOnly = true)
    List<TopicRow> topics(String runId, TopicFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("runId", runId);
        parameters.put("since", filter.since());
        parameters.put("until", filter.until());
        parameters.put("unit", filter.unit());
        parameters.put("channel", filter.channel());
        parameters.put("direction", filter.direction());
        return List.copyOf(neo4j.query(CypherCatalog.query("api/topics-stats")).bindAll(parameters)
            .fetchAs(TopicRow.class)
            .mappedBy((types, row) -> new TopicRow(string(row, "topic"), string(row, "name"), string(row, "unit"),
                string(row, "channel"), count(row, "documents"), count(row, "negative"), count(row, "neutral"),
                count(row, "positive"), count(row, "scored"), row.get("scoreSum").asDouble()))
            .all());
    }

    @Transactional(readOnly = true)
    List<GapSentimentView> gapSentiment(String runId) {
        return List.copyOf(neo4j.query(CypherCatalog.query("api/documents-gap-sentiment")).bind(runId).to("runId")
            .fetchAs(GapSentimentView.class)
            .mappedBy((types, row) -> new GapSentimentView(string(row, "type"), count(row, "gaps"),
                count(row, "gapCustomers"), count(row, "documents"), count(row, "customers"),
                DocumentRepository.decimal(row, "negativeShare"), DocumentRepository.decimal(row, "meanScore"),
                count(row, "baselineDocuments"), count(row, "baselineCustomers"),
                DocumentRepository.decimal(row, "baselineNegativeShare"),
                DocumentRepository.decimal(row, "baselineMeanScore"),
                DocumentRepository.decimal(row, "negativeShareDifference"),
                DocumentRepository.decimal(row, "meanScoreDifference"), DocumentRepository.decimal(row, "lift")))
            .all());
    }

    /** A count the job always writes; missing means a broken run, not zero. */
    private static long count(MapAccessor row, String column) {
        if (row.get(column).isNull()) {
            throw new IllegalStateException("The voice statistics have no '" + column
                + "': the last gap-sentiment run did not finish writing. Run ./seamgraph gap-sentiment again.");
        }
        return row.get(column).asLong();
    }
}
