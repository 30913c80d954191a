package io.seamgraph.api.customer;

import static io.seamgraph.api.graph.RecordValues.bool;
import static io.seamgraph.api.graph.RecordValues.date;
import static io.seamgraph.api.graph.RecordValues.instant;
import static io.seamgraph.api.graph.RecordValues.integer;
import static io.seamgraph.api.graph.RecordValues.string;
import static io.seamgraph.api.graph.RecordValues.strings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.seamgraph.cypher.CypherCatalog;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Customers as the graph holds them, read with the catalogue's {@code api/customer*} queries. */
@Repository
class CustomerRepository {

    private final Neo4jClient neo4j;

    CustomerRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /**
     * Up to {@code limit} customers, by id, found by the first lookup that finds any, with that lookup; empty when none
     * finds any.
     */
    @Transactional(readOnly = true)
    Optional<Found> find(List<ParsedIdentifier.Lookup> lookups, int limit) {
        for (ParsedIdentifier.Lookup lookup : lookups) {
            List<CustomerSummary> customers = switch (lookup.target()) {
                case RECORD -> summaries("api/customers-by-record", Map.of("recordKey", lookup.key(), "limit", limit));
                case IDENTITY -> summaries("api/customers-by-identity",
                    Map.of("identityKey", lookup.key(), "limit", limit));
            };
            if (!customers.isEmpty()) {
                return Optional.of(new Found(lookup, customers));
            }
        }
        return Optional.empty();
    }

    /** One customer with its identifiers and records, read in one transaction; empty when there is no such id. */
    @Transactional(readOnly = true)
    Optional<CustomerDetail> detail(String customerId) {
        Map<String, Object> parameters = Map.of("customerId", customerId);
        return neo4j.query(CypherCatalog.query("api/customer")).bindAll(parameters)
            .fetchAs(Header.class)
            .mappedBy((types, row) -> new Header(string(row, "id"), integer(row, "recordCount"),
                instant(row, "resolvedAt")))
            .one()
            .map(header -> new CustomerDetail(header.id(), header.recordCount(), header.resolvedAt(), false,
                identifiers(parameters), recordGroups(parameters)));
    }

    record Found(ParsedIdentifier.Lookup lookup, List<CustomerSummary> customers) {
    }

    private record Header(String id, Long recordCount, Instant resolvedAt) {
    }

    private record GroupedRecord(String businessUnit, String system, RecordView record) {
    }

    private List<CustomerSummary> summaries(String query, Map<String, Object> parameters) {
        return List.copyOf(neo4j.query(CypherCatalog.query(query)).bindAll(parameters)
            .fetchAs(CustomerSummary.class)
            .mappedBy((types, row) -> new CustomerSummary(string(row, "id"), integer(row, "recordCount"),
                strings(row, "systems").stream().sorted().toList()))
            .all());
    }

    private List<IdentifierView> identifiers(Map<String, Object> parameters) {
        return List.copyOf(neo4j.query(CypherCatalog.query("api/customer-identifiers")).bindAll(parameters)
            .fetchAs(IdentifierView.class)
            .mappedBy((types, row) -> new IdentifierView(string(row, "key"), string(row, "kind"), string(row, "value"),
                Boolean.TRUE.equals(bool(row, "suppressed")), integer(row, "recordCount"), strings(row, "records")))
            .all());
    }

    /** Records come ordered by business unit, system and key; the groups keep that order. */
    private List<RecordGroup> recordGroups(Map<String, Object> parameters) {
        Map<List<String>, List<RecordView>> groups = new LinkedHashMap<>();
        neo4j.query(CypherCatalog.query("api/customer-records")).bindAll(parameters)
            .fetchAs(GroupedRecord.class)
            .mappedBy((types, row) -> new GroupedRecord(string(row, "businessUnit"), string(row, "system"), record(row)))
            .all()
            .forEach(grouped -> groups.computeIfAbsent(Arrays.asList(grouped.businessUnit(), grouped.system()),
                group -> new ArrayList<>()).add(grouped.record()));
        return groups.entrySet().stream()
            .map(group -> new RecordGroup(group.getKey().get(0), group.getKey().get(1), List.copyOf(group.getValue())))
            .toList();
    }

    private static RecordView record(Record row) {
        return new RecordView(string(row, "key"), string(row, "recordId"), string(row, "source"),
            string(row, "givenName"), string(row, "familyName"), string(row, "fullName"),
            Objects.toString(date(row, "dateOfBirth"), null), string(row, "addressLine"), string(row, "city"),
            string(row, "postcode"), string(row, "country"), instant(row, "updatedAt"), strings(row, "via"),
            string(row, "rule"), row.get("consents").asList(CustomerRepository::consent));
    }

    private static RecordView.ConsentView consent(Value consent) {
        return new RecordView.ConsentView(string(consent, "purpose"), bool(consent, "granted"),
            instant(consent, "at"), string(consent, "source"));
    }
}
