package io.seamgraph.api.identity;

import static io.seamgraph.api.graph.RecordValues.instant;
import static io.seamgraph.api.graph.RecordValues.string;
import static io.seamgraph.api.graph.RecordValues.strings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.seamgraph.cypher.CypherCatalog;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Evidence, golden records, aliases and corrections, read and written with the catalogue's {@code api/identity-*} queries. */
@Repository
class IdentityRepository {

    private final Neo4jClient neo4j;

    IdentityRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** The customer an alias id now answers for. */
    @Transactional(readOnly = true)
    Optional<String> aliasOf(String id) {
        return neo4j.query(CypherCatalog.query("api/identity-alias")).bind(id).to("id")
            .fetchAs(String.class).mappedBy((types, row) -> string(row, "customerId")).one();
    }

    @Transactional(readOnly = true)
    Optional<EvidenceData> evidence(String customerId) {
        Map<String, Object> parameters = Map.of("customerId", customerId);
        record Row(Double confidence, EvidenceData.Member member) {
        }
        List<Row> rows = List.copyOf(neo4j.query(CypherCatalog.query("api/identity-evidence-records")).bindAll(parameters)
            .fetchAs(Row.class)
            .mappedBy((types, row) -> new Row(dbl(row, "confidence"), string(row, "key") == null ? null
                : new EvidenceData.Member(string(row, "key"), string(row, "system"), string(row, "businessUnit"),
                    string(row, "rule"), strings(row, "via"))))
            .all());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<EvidenceData.Member> members = rows.stream().map(Row::member).filter(m -> m != null).toList();
        List<EvidenceData.Link> links = List.copyOf(neo4j.query(CypherCatalog.query("api/identity-evidence-links"))
            .bindAll(parameters).fetchAs(EvidenceData.Link.class)
            .mappedBy((types, row) -> new EvidenceData.Link(string(row, "leftKey"), string(row, "rightKey"),
                string(row, "rule"), strings(row, "identities"), dbl(row, "weight"), dbl(row, "probability"),
                string(row, "blockingRule"), strings(row, "comparisons"), strings(row, "levels"),
                row.get("weights").asList(Value::asDouble)))
            .all());
        List<CorrectionView> corrections = List.copyOf(neo4j.query(CypherCatalog.query("api/identity-customer-corrections"))
            .bindAll(parameters).fetchAs(CorrectionView.class).mappedBy((types, row) -> correction(row)).all());
        return Optional.of(new EvidenceData(customerId, rows.get(0).confidence(), members, links, corrections));
    }

    @Transactional(readOnly = true)
    Optional<GoldenRecordView> goldenRecord(String customerId) {
        return neo4j.query(CypherCatalog.query("api/identity-golden-record")).bind(customerId).to("customerId")
            .fetchAs(GoldenRecordView.class)
            .mappedBy((types, row) -> {
                Value golden = row.get("golden");
                List<GoldenRecordView.Attribute> attributes = new ArrayList<>();
                for (String attribute : GoldenRecordView.ATTRIBUTES) {
                    Value value = golden.get(attribute);
                    if (!value.isNull()) {
                        // A date of birth is a Neo4j date; everything else text. Both read as ISO text.
                        String text = "DATE".equals(value.type().name())
                            ? value.asLocalDate().toString() : value.asString();
                        attributes.add(new GoldenRecordView.Attribute(attribute, text, string(golden, attribute + "Source")));
                    }
                }
                List<GoldenRecordView.Conflict> conflicts = row.get("conflicts").asList(c -> new GoldenRecordView.Conflict(
                    string(c, "attribute"), strings(c, "values"), strings(c, "systems"), strings(c, "businessUnits"),
                    strings(c, "records")));
                Double confidence = dbl(row, "confidence");
                return new GoldenRecordView(customerId, confidence == null ? 1.0 : confidence, false, attributes, conflicts);
            })
            .one();
    }

    /** The keys of {@code keys} that are no source record. */
    @Transactional(readOnly = true)
    List<String> unknownRecords(List<String> keys) {
        List<String> found = List.copyOf(neo4j.query(CypherCatalog.query("api/identity-existing-records")).bind(keys).to("keys")
            .fetchAs(String.class).mappedBy((types, row) -> string(row, "key")).all());
        return keys.stream().filter(k -> !found.contains(k)).toList();
    }

    @Transactional
    CorrectionView createCorrection(String id, List<String> records, String decision, String reason, String author,
                                    Instant at) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", id);
        parameters.put("records", records);
        parameters.put("decision", decision);
        parameters.put("reason", reason);
        parameters.put("author", author);
        parameters.put("at", at.toString());
        return neo4j.query(CypherCatalog.query("api/identity-create-correction")).bindAll(parameters)
            .fetchAs(CorrectionView.class).mappedBy((types, row) -> correction(row)).one()
            .orElseThrow(() -> new IllegalStateException("correction " + id + " was not stored"));
    }

    @Transactional(readOnly = true)
    List<CorrectionView> corrections(String id, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", id);
        parameters.put("limit", limit);
        return List.copyOf(neo4j.query(CypherCatalog.query("api/identity-corrections")).bindAll(parameters)
            .fetchAs(CorrectionView.class).mappedBy((types, row) -> correction(row)).all());
    }

    private static CorrectionView correction(MapAccessor row) {
        return new CorrectionView(string(row, "id"), strings(row, "records"), string(row, "decision"),
            string(row, "reason"), string(row, "author"), instant(row, "at"));
    }

    private static Double dbl(MapAccessor row, String column) {
        Value value = row.get(column);
        return value.isNull() ? null : value.asDouble();
    }
}
