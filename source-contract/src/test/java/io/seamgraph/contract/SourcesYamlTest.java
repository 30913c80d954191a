package io.seamgraph.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesYamlTest {

    @TempDir
    Path dir;

    private Path copyOfValid() throws IOException {
        Path file = dir.resolve("sources.yaml");
        try (var in = getClass().getResourceAsStream("/sources/valid.yaml")) {
            Files.copy(in, file);
        }
        return file;
    }

    private Path withReplaced(String from, String to) throws IOException {
        Path file = copyOfValid();
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
        return file;
    }

    @Test
    void loads_a_valid_file_with_defaults_filled_in() throws IOException {
        SourcesFile file = SourcesYaml.load(copyOfValid());
        SourcesConfig config = file.config();

        assertThat(config.sources()).extracting(SourceDefinition::name).containsExactly("crm_contacts", "helpdesk_tickets");
        SourceDefinition crm = config.source("crm_contacts").orElseThrow();
        assertThat(crm.columnsOf(CanonicalField.EMAILS)).containsExactly("email", "email2");
        assertThat(crm.columnsOf(CanonicalField.PHONES)).containsExactly("phone");
        assertThat(crm.timestampsOr(config.defaults())).isEqualTo(new TimestampSpec("ISO", "Europe/London"));
        SourceDefinition tickets = config.source("helpdesk_tickets").orElseThrow();
        assertThat(tickets.personSystem()).isEqualTo("crm");
        assertThat(tickets.maxRejectedShareOr(config.defaults())).isEqualTo(0.05);
        assertThat(config.businessUnits().get(1).name()).isEqualTo("customer_service");
    }

    @Test
    void resolves_relative_locations_against_the_yaml_folder_and_keeps_absolute_ones() throws IOException {
        SourcesFile file = SourcesYaml.load(copyOfValid());

        assertThat(file.resolveLocation(file.config().source("crm_contacts").orElseThrow()))
            .isEqualTo(dir.resolve("crm/contacts.csv").toString());
        assertThat(file.resolveLocation(file.config().source("helpdesk_tickets").orElseThrow()))
            .isEqualTo("/data/tickets/*.jsonl");
    }

    @Test
    void an_unknown_canonical_field_names_the_file_the_source_and_the_field() throws IOException {
        Path file = withReplaced("familyName: last_name", "famlyName: last_name");

        assertThatThrownBy(() -> SourcesYaml.load(file))
            .isInstanceOf(SourceContractException.class)
            .hasMessageContaining(file.toString())
            .hasMessageContaining("source 'crm_contacts', field 'mapping.famlyName': unknown canonical field")
            .hasMessageContaining("did you mean 'familyName'");
    }

    @Test
    void a_missing_required_field_stops_at_load() throws IOException {
        Path file = withReplaced("      personId: contact\n", "");

        assertThatThrownBy(() -> SourcesYaml.load(file))
            .isInstanceOf(SourceContractException.class)
            .hasMessageContaining("source 'helpdesk_tickets', field 'personId': required for interaction sources but not mapped");
    }

    @Test
    void every_problem_is_reported_at_once() throws IOException {
        Path file = withReplaced("businessUnit: sales\n    format: csv", "businessUnit: sails\n    format: csv");
        Files.writeString(file, Files.readString(file).replace("personSystem: crm", "personSystem: crn"));

        SourceContractException error = (SourceContractException) catchThrown(file);
        assertThat(error.problems()).hasSize(2);
        assertThat(error.getMessage())
            .contains("field 'businessUnit': unknown business unit 'sails' (did you mean 'sales'?)")
            .contains("field 'personSystem': no profile source of system 'crn'");
    }

    @Test
    void a_field_of_the_other_kind_is_rejected() throws IOException {
        Path file = withReplaced("      givenName: first_name", "      givenName: first_name\n      topic: interest");

        assertThatThrownBy(() -> SourcesYaml.load(file))
            .hasMessageContaining("field 'mapping.topic': is a field of interaction sources, but this is a profile source");
    }

    @Test
    void a_value_map_to_a_word_the_field_does_not_allow_is_rejected() throws IOException {
        Path file = withReplaced("{I: inbound, O: outbound}", "{I: in, O: outbound}");

        assertThatThrownBy(() -> SourcesYaml.load(file))
            .hasMessageContaining("field 'valueMaps.direction': value 'in' is not one of [inbound, outbound]");
    }

    @Test
    void a_single_valued_field_mapped_to_two_columns_is_rejected() throws IOException {
        Path file = withReplaced("givenName: first_name", "givenName: [first_name, middle_name]");

        assertThatThrownBy(() -> SourcesYaml.load(file))
            .hasMessageContaining("field 'mapping.givenName': takes one column");
    }

    @Test
    void an_unknown_key_and_a_bad_format_are_named() throws IOException {
        Path unknownKey = withReplaced("    dateFormat: dd/MM/yyyy", "    dateFmt: dd/MM/yyyy");
        assertThatThrownBy(() -> SourcesYaml.load(unknownKey)).hasMessageContaining("unknown key 'dateFmt'");

        Files.delete(unknownKey);
        Path badFormat = withReplaced("format: jsonl", "format: xml");
        assertThatThrownBy(() -> SourcesYaml.load(badFormat)).hasMessageContaining("unknown format 'xml'");
    }

    @Test
    void writing_then_reading_gives_the_same_config() throws IOException {
        SourcesConfig config = SourcesYaml.load(copyOfValid()).config();
        Path copy = dir.resolve("copy/sources.yaml");

        SourcesYaml.write(config, copy);

        assertThat(SourcesYaml.load(copy).config()).isEqualTo(config);
    }

    @Test
    void a_missing_file_is_named() {
        Path missing = dir.resolve("nope.yaml");
        assertThatThrownBy(() -> SourcesYaml.load(missing)).hasMessageContaining(missing.toString()).hasMessageContaining("file not found");
    }

    private static Throwable catchThrown(Path file) {
        try {
            SourcesYaml.load(file);
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("expected an error for " + file);
    }

    @Test
    void canonical_fields_have_unique_names_and_each_kind_has_a_required_id() {
        assertThat(CanonicalField.yamlNames()).hasSize(CanonicalField.values().length);
        assertThat(CanonicalField.of(RecordKind.PROFILE)).filteredOn(CanonicalField::required)
            .containsExactly(CanonicalField.RECORD_ID);
        assertThat(CanonicalField.of(RecordKind.INTERACTION)).filteredOn(CanonicalField::required)
            .containsExactlyInAnyOrder(CanonicalField.INTERACTION_ID, CanonicalField.PERSON_ID, CanonicalField.TIMESTAMP);
        assertThat(List.of(CanonicalField.EMAILS, CanonicalField.PHONES)).allMatch(f -> f.identityKind().isPresent());
    }
}
