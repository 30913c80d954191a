package io.seamgraph.ingest.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.seamgraph.contract.SourceFormat;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every file format, on real files written into the test resources. */
class DocumentParserTest {

    private static final Instant MODIFIED = Instant.parse("2026-03-10T08:00:00Z");
    private static final List<String> OWN = List.of("example-company.co.uk");

    private static byte[] file(String path) throws IOException {
        try (InputStream in = DocumentParserTest.class.getResourceAsStream("/documents/" + path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }

    private static List<Map<String, String>> parse(SourceFormat format, String path) throws Exception {
        return new DocumentParser(format, OWN).parse(path, file(path), MODIFIED);
    }

    @Test
    void an_email_with_plain_and_html_parts_gives_its_headers_and_one_copy_of_the_text() throws Exception {
        Map<String, String> mail = parse(SourceFormat.EML, "emails/inbound.eml").get(0);

        assertThat(mail).containsEntry("documentId", "m1-abc@example.com")
            .containsEntry("authorEmail", "sam.smith@example.com")
            .containsEntry("recipientEmail", "support@example-company.co.uk")
            .containsEntry("subject", "Where is my order?")
            .containsEntry("direction", "inbound");
        assertThat(Instant.parse(mail.get("timestamp"))).isEqualTo(Instant.parse("2026-03-02T08:15:00Z"));
        assertThat(mail.get("text")).contains("order ORD-123456 has not arrived");
        assertThat(mail.get("text").split("has not arrived", -1)).as("the alternative parts are not both kept").hasSize(2);
    }

    @Test
    void an_html_only_email_from_the_companys_domain_is_outbound_and_its_text_has_no_tags() throws Exception {
        Map<String, String> mail = parse(SourceFormat.EML, "emails/outbound.eml").get(0);

        assertThat(mail).containsEntry("direction", "outbound").containsEntry("authorEmail", "care@example-company.co.uk");
        assertThat(mail.get("text")).contains("Your parcel should arrive by Friday.").doesNotContain("<p>");
    }

    @Test
    void an_mbox_gives_each_of_its_three_messages() throws Exception {
        List<Map<String, String>> mails = parse(SourceFormat.MBOX, "emails/archive.mbox");

        assertThat(mails).extracting(m -> m.get("documentId")).containsExactly("mb1@example.org", "mb2@example-company.co.uk", "mb3@example.net");
        assertThat(mails).extracting(m -> m.get("direction")).containsExactly("inbound", "outbound", "inbound");
        assertThat(mails.get(0).get("text")).isEqualTo("My account ACC87654321 was charged twice this month.");
        assertThat(mails.get(2)).containsEntry("authorEmail", "pat@example.net");
    }

    @Test
    void a_json_transcript_joins_its_turns_and_takes_the_customer_from_its_header() throws Exception {
        Map<String, String> chat = parse(SourceFormat.JSON, "chats/chat-0001.json").get(0);

        assertThat(chat).containsEntry("documentId", "chat-0001").containsEntry("timestamp", "2026-03-01T10:00:00Z")
            .containsEntry("authorEmail", "Sam.Smith@Example.com");
        assertThat(chat.get("text")).isEqualTo("Customer: Hi, my refund for ORD-222333 still has not arrived.\n"
            + "Agent: Sorry about that. You will receive the refund within 5 working days.");
    }

    @Test
    void a_broken_json_transcript_is_rejected_with_the_reason() {
        assertThatThrownBy(() -> parse(SourceFormat.JSON, "chats/chat-broken.json"))
            .isInstanceOf(DocumentRejected.class).hasMessageStartingWith("not a JSON transcript");
    }

    @Test
    void a_text_transcript_reads_its_header_lines() throws Exception {
        Map<String, String> call = parse(SourceFormat.TEXT, "calls/call-0001.txt").get(0);

        assertThat(call).containsEntry("documentId", "calls/call-0001.txt").containsEntry("authorPhone", "+44 7911 123456")
            .containsEntry("timestamp", "2026-03-03T14:00:00Z");
        assertThat(call.get("text")).startsWith("Agent: Acme Home customer service").contains("within 24 hours");
    }

    @Test
    void a_windows_1252_text_is_decoded_and_binary_data_is_refused_as_unknown_encoding() throws Exception {
        Map<String, String> call = parse(SourceFormat.TEXT, "calls/call-cp1252.txt").get(0);
        assertThat(call.get("text")).contains("£49.99 twice for the café table – please");

        assertThatThrownBy(() -> parse(SourceFormat.TEXT, "calls/call-binary.txt"))
            .isInstanceOf(DocumentRejected.class).hasMessageStartingWith("unknown encoding");
    }

    @Test
    void tika_reads_pdf_docx_and_html() throws Exception {
        assertThat(parse(SourceFormat.TIKA, "files/letter.pdf").get(0).get("text"))
            .contains("my order ORD-481516 never arrived");
        assertThat(parse(SourceFormat.TIKA, "files/sofa.docx").get(0).get("text"))
            .contains("account ACC12345678").contains("delivered damaged");
        Map<String, String> html = parse(SourceFormat.TIKA, "files/feedback.html").get(0);
        assertThat(html.get("text")).contains("staff in the Leeds store were lovely").doesNotContain("not text");
        assertThat(html).containsEntry("subject", "Store feedback").containsEntry("timestamp", MODIFIED.toString());
    }

    @Test
    void a_corrupt_pdf_is_rejected_not_thrown() {
        assertThatThrownBy(() -> parse(SourceFormat.TIKA, "files/corrupt.pdf"))
            .isInstanceOf(DocumentRejected.class).hasMessageContaining("application/pdf");
    }
}
