package io.seamgraph.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentSourcesTest {

    @TempDir
    Path dir;

    private Path withReplaced(String from, String to) throws IOException {
        Path file = dir.resolve("sources.yaml");
        try (var in = getClass().getResourceAsStream("/sources/documents.yaml")) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(text).contains(from);
            Files.writeString(file, text.replace(from, to));
        }
        return file;
    }

    @Test
    void loads_document_sources_with_their_options() throws IOException {
        SourcesConfig config = SourcesYaml.load(withReplaced("version: 1", "version: 1")).config();

        assertThat(config.sourcesOf(RecordKind.DOCUMENT)).extracting(SourceDefinition::name)
            .containsExactly("product_reviews", "support_mail");
        SourceDefinition reviews = config.source("product_reviews").orElseThrow();
        assertThat(reviews.columnsOf(DocumentField.TEXT)).containsExactly("body");
        assertThat(reviews.maxBytesOr(config.defaults())).isEqualTo(5_000_000L);
        SourceDefinition mail = config.source("support_mail").orElseThrow();
        assertThat(mail.format()).isEqualTo(SourceFormat.EML);
        assertThat(mail.format().wholeFile()).isTrue();
        assertThat(mail.maxBytesOr(config.defaults())).isEqualTo(2_000_000L);
        assertThat(mail.identifierPatterns()).containsKeys("order", "account");
        assertThat(List.copyOf(mail.identifierPatterns().keySet())).containsExactly("order", "account");
        assertThat(mail.ownDomains()).containsExactly("example-company.co.uk");
    }

    @Test
    void the_document_maximum_size_defaults_to_ten_megabytes() {
        assertThat(Defaults.standard().maxDocumentBytes()).isEqualTo(10L * 1024 * 1024);
    }

    @Test
    void a_table_document_source_without_text_is_rejected_naming_source_and_field() throws IOException {
        Path file = withReplaced("      text: body\n", "");

        assertThatThrownBy(() -> SourcesYaml.load(file))
            .isInstanceOf(SourceContractException.class)
            .hasMessageContaining(file.toString())
            .hasMessageContaining("source 'product_reviews', field 'text': required for jsonl document sources but not mapped");
    }

    @Test
    void an_unknown_document_type_and_field_are_named_with_a_suggestion() throws IOException {
        Path file = withReplaced("documentType: review", "documentType: reveiw");
        Files.writeString(file, Files.readString(file).replace("authorHandle: handle", "authorHandel: handle"));

        SourceContractException error = catchThrown(file);
        assertThat(error.problems()).hasSize(2);
        assertThat(error.getMessage())
            .contains("source 'product_reviews', field 'documentType': unknown document type 'reveiw'")
            .contains("(did you mean 'review'?)")
            .contains("source 'product_reviews', field 'mapping.authorHandel': unknown document field (did you mean 'authorHandle'?)");
    }

    @Test
    void a_file_format_takes_no_mapping() throws IOException {
        Path file = withReplaced("    brandMarkers: [\"Acme Home\"]", "    brandMarkers: [\"Acme Home\"]\n    mapping:\n      subject: title");

        assertThatThrownBy(() -> SourcesYaml.load(file))
            .hasMessageContaining("source 'support_mail', field 'mapping': 'eml' files supply their own fields");
    }

    @Test
    void a_bad_identifier_pattern_a_bad_size_and_a_bad_domain_are_each_named() throws IOException {
        Path file = withReplaced("order: \"ORD-\\\\d{6}\"", "order: \"ORD-(\\\\d{6}\"");
        Files.writeString(file, Files.readString(file).replace("maxBytes: 5000000", "maxBytes: 0")
            .replace("[example-company.co.uk]", "[example company]"));

        SourceContractException error = catchThrown(file);
        assertThat(error.getMessage())
            .contains("source 'support_mail', field 'identifierPatterns.order': not a regular expression")
            .contains("source 'product_reviews', field 'maxBytes': must be positive, found 0")
            .contains("source 'support_mail', field 'ownDomains': not a domain name: 'example company'");
    }

    @Test
    void document_formats_and_options_are_refused_on_table_sources() throws IOException {
        Path file = withReplaced("    format: csv\n    location: shop/accounts.csv",
            "    format: eml\n    location: shop/accounts.csv\n    maxBytes: 10");

        SourceContractException error = catchThrown(file);
        assertThat(error.getMessage())
            .contains("source 'shop_accounts', field 'format': 'eml' is for document sources")
            .contains("source 'shop_accounts', field 'kind': maxBytes, ownDomains, identifierPatterns and brandMarkers apply to document sources only");
    }

    @Test
    void a_direction_constant_must_be_inbound_or_outbound() throws IOException {
        Path file = withReplaced("    brandMarkers: [\"Acme Home\"]", "    brandMarkers: [\"Acme Home\"]\n    constants:\n      direction: in");

        assertThatThrownBy(() -> SourcesYaml.load(file))
            .hasMessageContaining("source 'support_mail', field 'constants.direction': value 'in' is not one of [inbound, outbound]");
    }

    @Test
    void writing_then_reading_keeps_the_document_options() throws IOException {
        SourcesConfig config = SourcesYaml.load(withReplaced("version: 1", "version: 1")).config();
        Path copy = dir.resolve("copy/sources.yaml");

        SourcesYaml.write(config, copy);

        assertThat(SourcesYaml.load(copy).config()).isEqualTo(config);
    }

    private static SourceContractException catchThrown(Path file) {
        try {
            SourcesYaml.load(file);
        } catch (SourceContractException e) {
            return e;
        }
        throw new AssertionError("expected an error for " + file);
    }
}
