package io.seamgraph.api.documents;

import static io.seamgraph.api.graph.RecordValues.instant;
import static io.seamgraph.api.graph.RecordValues.integer;
import static io.seamgraph.api.graph.RecordValues.string;
import static io.seamgraph.api.graph.RecordValues.strings;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.seamgraph.cypher.CypherCatalog;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The documents the link step tied to a customer ({@code HAS_DOCUMENT}), read with {@code api/documents-*}. */
@Repository
class DocumentRepository {

    private final Neo4jClient neo4j;

    DocumentRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** A document and its place in the order pages follow. */
    record Placed(long atMillis, DocumentView document) {
    }

    /** Up to {@code limit} documents after the cursor that pass the filter; empty when there is no such customer. */
    @Transactional(readOnly = true)
    Optional<List<Placed>> documents(String customerId, DocumentFilter filter, DocumentCursor cursor, int limit) {
        boolean known = neo4j.query(CypherCatalog.query("api/customer")).bind(customerId).to("customerId")
            .fetch().one().isPresent();
        if (!known) {
            return Optional.empty();
        }
        Map<String, Object> parameters = filter.parameters();
        parameters.put("customerId", customerId);
        parameters.put("afterMillis", cursor.afterMillis());
        parameters.put("afterKey", cursor.afterKey());
        parameters.put("limit", limit);
        return Optional.of(List.copyOf(neo4j.query(CypherCatalog.query("api/documents-by-customer")).bindAll(parameters)
            .fetchAs(Placed.class)
            .mappedBy((types, row) -> new Placed(row.get("atMillis").asLong(), document(row)))
            .all()));
    }

    private static DocumentView document(MapAccessor row) {
        return new DocumentView(string(row, "key"), string(row, "source"), string(row, "system"),
            string(row, "documentType"), string(row, "channel"), string(row, "businessUnit"), instant(row, "at"),
            string(row, "direction"), string(row, "subject"), string(row, "text"), decimal(row, "rating"),
            string(row, "authorHandle"), string(row, "authorEmail"), string(row, "authorPhone"),
            string(row, "language"), integer(row, "sentences"), integer(row, "tokens"), string(row, "sentiment"),
            decimal(row, "sentimentScore"), string(row, "topic"), string(row, "topicName"),
            decimal(row, "topicConfidence"), strings(row, "brandMarkers"), string(row, "promiseType"),
            instant(row, "promiseDueAt"), string(row, "promisePhrase"), string(row, "linkMethod"),
            string(row, "touchpointKey"));
    }

    /** A number stored as an integer (a rating of 4) or a float. */
    static Double decimal(MapAccessor row, String column) {
        Value value = row.get(column);
        return value.isNull() ? null : value.asNumber().doubleValue();
    }
}
