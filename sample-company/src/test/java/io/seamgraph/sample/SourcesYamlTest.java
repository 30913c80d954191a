package io.seamgraph.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.seamgraph.contract.CanonicalField;
import io.seamgraph.contract.RecordKind;
import io.seamgraph.contract.SourceDefinition;
import io.seamgraph.contract.SourceFormat;
import io.seamgraph.contract.SourcesFile;
import io.seamgraph.contract.SourcesYaml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith({LocalSpark.class, SampleCompany.class})
class SourcesYamlTest {

    @Test
    void the_generated_sources_yaml_loads_and_equals_the_config_it_was_written_from(SampleCompany.Generated company) {
        SourcesFile file = SourcesYaml.load(company.out().resolve("sources.yaml"));

        assertThat(file.config()).isEqualTo(CompanySources.config());
        assertThat(file.config().defaults().phoneRegion()).isEqualTo("GB");
        assertThat(file.config().defaults().timeZone()).isEqualTo("Europe/London");
        assertThat(file.config().businessUnits()).extracting(u -> u.key() + "=" + u.channels()).containsExactly(
            "marketing=[email, sms, social]", "sales=[phone]", "ecommerce=[web, app]",
            "customer_service=[phone, chat, email]", "billing=[email, sms]", "retail_stores=[store]");
    }

    @Test
    void every_declared_location_exists_with_relative_paths_and_three_formats(SampleCompany.Generated company)
        throws Exception {
        SourcesFile file = SourcesYaml.load(company.out().resolve("sources.yaml"));
        Set<SourceFormat> formats = new TreeSet<>();
        for (SourceDefinition source : file.config().sources()) {
            assertThat(Path.of(source.location()).isAbsolute()).isFalse();
            Path path = Path.of(file.resolveLocation(source));
            assertThat(path).as(source.name()).isRegularFile();
            assertThat(Files.size(path)).isPositive();
            formats.add(source.format());
            if (source.format() == SourceFormat.PARQUET) {
                byte[] bytes = Files.readAllBytes(path);
                assertThat(new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PAR1");
            }
        }
        // The document formats (eml, mbox, ...) are written only with the generator's documents.
        assertThat(formats).containsAll(java.util.Arrays.stream(SourceFormat.values()).filter(f -> !f.wholeFile()).toList());
        assertThat(file.config().sources()).hasSize(13);
    }

    @Test
    void spark_reads_every_mapped_column_with_the_declared_read_options(SampleCompany.Generated company,
                                                                        SparkSession spark) {
        SourcesFile file = SourcesYaml.load(company.out().resolve("sources.yaml"));
        for (SourceDefinition source : file.config().sources()) {
            Dataset<Row> data = spark.read().format(source.format().sparkFormat()).options(source.readOptions())
                .load(file.resolveLocation(source));
            List<String> columns = List.of(data.columns());
            List<String> mapped = new ArrayList<>();
            source.mapping().values().forEach(mapped::addAll);
            source.consents().forEach(c -> {
                mapped.add(c.granted());
                mapped.add(c.at());
            });
            assertThat(columns).as(source.name()).containsAll(mapped);
            assertThat(data.count()).as(source.name())
                .isEqualTo(company.summary().rows(source.location()));
            if (source.format() == SourceFormat.CSV) {
                String idColumn = source.mapping().get(source.kind() == RecordKind.PROFILE ? "recordId"
                    : "interactionId").get(0);
                List<Row> parsed = data.select(idColumn).collectAsList();
                List<java.util.Map<String, String>> mine = Extracts.rows(file, source, spark);
                for (int i = 0; i < parsed.size(); i++) {
                    assertThat((String) parsed.get(i).getAs(idColumn)).isEqualTo(mine.get(i).get(idColumn));
                }
            }
        }
    }

    @Test
    void the_sources_use_every_canonical_field_the_data_has(SampleCompany.Generated company) {
        SourcesFile file = SourcesYaml.load(company.out().resolve("sources.yaml"));
        Set<String> used = new TreeSet<>();
        for (SourceDefinition source : file.config().sources()) {
            used.addAll(source.mapping().keySet());
            used.addAll(source.constants().keySet());
        }
        Set<String> all = new TreeSet<>(CanonicalField.yamlNames());
        all.removeAll(used);
        // The company keeps no social handle on a profile, and its addresses are one line without a national number
        // (the split address and national id fields serve sources such as Febrl's).
        assertThat(all).as("canonical fields no source maps")
            .containsExactly("addressLine2", "houseNumber", "nationalId", "region", "socialHandles");
        assertThat(file.config().sources()).anyMatch(s -> !s.valueMaps().isEmpty())
            .anyMatch(s -> !s.defaults().isEmpty()).anyMatch(s -> !s.consents().isEmpty())
            .anyMatch(s -> s.dateFormat() != null).anyMatch(s -> s.multiValueSeparator() != null);
        SourceDefinition helpdesk = file.config().source("helpdesk_requesters").orElseThrow();
        assertThat(helpdesk.mapping().get("fullName")).containsExactly("full name");
        SourceDefinition web = file.config().source("shop_web_events").orElseThrow();
        assertThat(web.timestamps().format()).isEqualTo("EPOCH_MILLIS");
        SourceDefinition crm = file.config().source("crm_contacts").orElseThrow();
        assertThat(crm.dateFormat()).isEqualTo("dd/MM/yyyy");
        assertThat(crm.timestamps().timeZone()).isEqualTo("Europe/London");
        assertThat(crm.readOptions()).containsEntry("header", "true").containsEntry("escape", "\"");
    }
}
