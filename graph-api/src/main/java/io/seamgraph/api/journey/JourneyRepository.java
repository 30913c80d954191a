package io.seamgraph.api.journey;

import static io.seamgraph.api.graph.RecordValues.bool;
import static io.seamgraph.api.graph.RecordValues.instant;
import static io.seamgraph.api.graph.RecordValues.integer;
import static io.seamgraph.api.graph.RecordValues.string;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.seamgraph.cypher.CypherCatalog;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Journeys as the journeys job chained them: touchpoints with {@code customerId} and {@code seq}, linked by NEXT. */
@Repository
class JourneyRepository {

    private final Neo4jClient neo4j;

    JourneyRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /**
     * Up to {@code limit} steps after {@code afterSeq} within the window; empty when there is no such customer.
     */
    @Transactional(readOnly = true)
    Optional<List<JourneyStep>> steps(String customerId, TimeWindow window, long afterSeq, int limit) {
        boolean known = neo4j.query(CypherCatalog.query("api/customer")).bind(customerId).to("customerId")
            .fetch().one().isPresent();
        if (!known) {
            return Optional.empty();
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("customerId", customerId);
        parameters.put("afterSeq", afterSeq);
        parameters.put("limit", limit);
        parameters.put("from", window.from() == null ? null : window.from().atOffset(ZoneOffset.UTC));
        parameters.put("to", window.to() == null ? null : window.to().atOffset(ZoneOffset.UTC));
        return Optional.of(List.copyOf(neo4j.query(CypherCatalog.query("api/customer-journey")).bindAll(parameters)
            .fetchAs(JourneyStep.class)
            .mappedBy((types, row) -> new JourneyStep(row.get("seq").asLong(), string(row, "key"), instant(row, "at"),
                string(row, "channel"), string(row, "businessUnit"), string(row, "direction"), string(row, "type"),
                string(row, "stage"), string(row, "topic"), string(row, "outcome"), string(row, "caseId"),
                string(row, "campaign"), string(row, "template"), string(row, "brand"), integer(row, "gapSeconds"),
                bool(row, "handoff"), bool(row, "channelSwitch"), string(row, "promiseType"),
                instant(row, "promiseDueAt"), string(row, "documentKey"), string(row, "documentType"),
                string(row, "sentiment"), row.get("sentimentScore").isNull() ? null : row.get("sentimentScore").asDouble()))
            .all()));
    }
}
