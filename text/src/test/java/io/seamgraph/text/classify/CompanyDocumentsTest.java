package io.seamgraph.text.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompanyDocumentsTest {

    @Test
    void reads_the_text_of_every_kind_of_generated_document_with_its_labels(@TempDir Path company) throws Exception {
        Path docs = company.resolve("documents");
        Files.createDirectories(docs.resolve("chats"));
        Files.createDirectories(docs.resolve("calls"));
        Files.createDirectories(docs.resolve("emails"));
        Files.createDirectories(company.resolve("truth"));
        Files.writeString(docs.resolve("reviews.jsonl"),
            "{\"review_id\":\"RV-1\",\"handle\":\"@a\",\"stars\":5,\"title\":\"Great\",\"body\":\"Lovely kettle\"}\n");
        Files.writeString(docs.resolve("social.jsonl"), "{\"post_id\":\"SP-1\",\"handle\":\"@b\",\"text\":\"Still waiting\"}\n");
        Files.writeString(docs.resolve("chats/CHT-1.json"), "{\"id\":\"CHT-1\",\"turns\":[{\"speaker\":\"agent\","
            + "\"text\":\"Hello\"},{\"speaker\":\"customer\",\"text\":\"Where is my parcel\"}]}");
        Files.writeString(docs.resolve("chats/CHT-BROKEN.json"), "{\"id\": \"CHT-BRO");
        Files.writeString(docs.resolve("calls/CALL-1.txt"), "Caller: +447700900123\n\nCustomer: I was charged twice\n");
        Files.writeString(docs.resolve("emails/a.eml"), "Message-ID: <a1@mail.example.com>\nSubject: x\n\nPlease "
            + "cancel my order\n");
        Files.writeString(docs.resolve("emails/archive.mbox"), "From x@example.com Mon Jan 5 10:00:00 2026\n"
            + "Message-ID: <m1@example.com>\n\nMy invoice is wrong\n>From now on email me\n\n"
            + "From billing@example-company.co.uk Tue Jan 6 10:00:00 2026\nMessage-ID: <m2@example-company.co.uk>\n\n"
            + "Thank you for your message\n");
        Files.writeString(company.resolve("truth/documents.csv"), String.join("\n",
            "documentKey,personId,sentiment,topic,promiseType,promiseDueAt",
            "product_reviews:RV-1,P1,positive,product_question,,",
            "social_posts:SP-1,,negative,delivery,,",
            "support_chats:CHT-1,P1,negative,delivery,,",
            "support_calls:CALL-1.txt,P2,negative,billing_query,,",
            "support_emails:a1@mail.example.com,P2,neutral,order,,",
            "billing_mailbox:m1@example.com,P3,negative,invoice,,",
            "billing_mailbox:m2@example-company.co.uk,P3,neutral,invoice,,") + "\n");

        List<LabelledText> texts = CompanyDocuments.read(company);

        assertThat(texts).extracting(LabelledText::text).containsExactly("Lovely kettle", "Still waiting",
            "Hello\nWhere is my parcel\n", "Caller: +447700900123\n\nCustomer: I was charged twice\n",
            "Please cancel my order\n", "My invoice is wrong\nFrom now on email me\n\n",
            "Thank you for your message\n");
        assertThat(texts.get(3).sentiment()).isEqualTo("negative");
        assertThat(texts.get(3).topic()).isEqualTo("billing_query");
    }

    @Test
    void a_truth_row_without_its_document_is_named(@TempDir Path company) throws Exception {
        Files.createDirectories(company.resolve("truth"));
        Files.writeString(company.resolve("truth/documents.csv"),
            "documentKey,personId,sentiment,topic,promiseType,promiseDueAt\nsocial_posts:SP-9,,negative,delivery,,\n");

        assertThatThrownBy(() -> CompanyDocuments.read(company)).hasMessageContaining("line 2")
            .hasMessageContaining("social_posts:SP-9");
    }

    @Test
    void a_company_without_documents_says_how_to_generate_them(@TempDir Path company) {
        assertThatThrownBy(() -> CompanyDocuments.read(company)).hasMessageContaining("generate --documents");
    }
}
