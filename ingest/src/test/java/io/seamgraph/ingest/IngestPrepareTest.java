package io.seamgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.seamgraph.contract.SourcesFile;
import io.seamgraph.contract.SourcesYaml;
import io.seamgraph.graph.Neo4jConnection;
import io.seamgraph.job.Progress;
import io.seamgraph.testsupport.SparkSessionExtension;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkSessionExtension.class)
class IngestPrepareTest {

    private static IngestJob.Prepared prepared;

    @BeforeAll
    static void prepare(SparkSession spark) throws URISyntaxException {
        SourcesFile sources = SourcesYaml.load(Path.of(IngestPrepareTest.class.getResource("/company/sources.yaml").toURI()));
        IngestOptions options = new IngestOptions("unused", new Neo4jConnection("bolt://127.0.0.1:1", null, null, null), 100);
        prepared = new IngestJob(spark, options, new Progress(new PrintStream(PrintStream.nullOutputStream()), "test"))
            .prepare(sources);
    }

    @Test
    void counts_every_row_of_every_source_as_accepted_or_rejected() {
        assertThat(IngestJob.countPerSource(prepared)).containsExactly(
            new SourceCounts("crm_contacts", "profile", 5, 3, 2, 3),
            new SourceCounts("helpdesk_tickets", "interaction", 4, 2, 2, 0));
    }

    @Test
    void keeps_the_most_recently_updated_of_two_rows_with_one_id() {
        List<Row> jane = prepared.acceptedProfiles().filter("key = 'crm:C1'").collectAsList();

        assertThat(jane).hasSize(1);
        assertThat((String) jane.get(0).getAs("familyName")).isEqualTo("Doe");
        assertThat((String) jane.get(0).getAs("updatedAt")).isEqualTo("2026-01-02T10:00:00Z");
    }

    @Test
    void quarantine_names_the_source_the_record_the_field_and_the_reason() {
        List<Row> rows = prepared.quarantine().orderBy("source", "record", "field").collectAsList();

        assertThat(rows).extracting(r -> r.getAs("source"), r -> r.getAs("record"), r -> r.getAs("field"), r -> r.getAs("action"))
            .containsExactly(
                tuple("crm_contacts", null, "recordId", "rejected_row"),
                tuple("crm_contacts", "C1", "key", "rejected_row"),
                tuple("crm_contacts", "C2", "dateOfBirth", "dropped_value"),
                tuple("crm_contacts", "C2", "emails", "dropped_value"),
                tuple("crm_contacts", "C2", "phones", "dropped_value"),
                tuple("helpdesk_tickets", "T3", "personId", "rejected_row"),
                tuple("helpdesk_tickets", "T4", "timestamp", "rejected_row"));
        assertThat(rows).allSatisfy(r -> {
            assertThat((String) r.getAs("reason")).isNotBlank();
            assertThat((String) r.getAs("row")).startsWith("{");
            assertThat((String) r.getAs("file")).isNotBlank();
        });
        Row unknownPerson = rows.get(5);
        assertThat((String) unknownPerson.getAs("value")).isEqualTo("crm:C9");
        assertThat((String) unknownPerson.getAs("row")).contains("\"contact\":\"C9\"");
    }

    @Test
    void interactions_are_normalised_with_value_maps_constants_and_utc_times() {
        List<Row> rows = prepared.acceptedInteractions().orderBy("key").collectAsList();

        assertThat(rows).extracting(r -> r.getAs("key"), r -> r.getAs("personKey"), r -> r.getAs("at"),
                r -> r.getAs("direction"), r -> r.getAs("stage"), r -> r.getAs("channel"))
            .containsExactly(
                tuple("helpdesk_tickets:T1", "crm:C1", "2026-02-01T09:00:00Z", "inbound", "service", "chat"),
                tuple("helpdesk_tickets:T2", "crm:C1", "2026-02-01T09:00:00Z", "outbound", "service", "chat"));
    }

    @Test
    void quoted_csv_values_with_commas_survive() {
        Row ann = prepared.acceptedProfiles().filter("key = 'crm:C3'").first();

        assertThat((String) ann.getAs("givenName")).isEqualTo("Smith, Jr");
        assertThat(ann.<scala.collection.Map<String, ?>>getAs("identities").contains("phone")).isTrue();
    }
}
