package io.seamgraph.text.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DocumentAnalyserTest {

    private static final ExtractionSettings SETTINGS = new ExtractionSettings("GB", "UTC",
        Map.of("order", "ORD-\\d{6}"), List.of("Acme Home"));

    /** Stands in for the trained models: labels by one word, so the test can tell the analyser passed the tokens. */
    private static final TextClassifiers BY_KEYWORD = new TextClassifiers() {
        @Override
        public Classification sentiment(String[] tokens) {
            boolean angry = List.of(tokens).contains("disappointed");
            return angry ? new Classification("negative", 0.9, Map.of("negative", 0.9, "neutral", 0.05, "positive", 0.05))
                : new Classification("neutral", 0.8, Map.of("negative", 0.1, "neutral", 0.8, "positive", 0.1));
        }

        @Override
        public Classification topic(String[] tokens) {
            return new Classification(List.of(tokens).contains("refund") ? "refunds" : "other", 0.7, Map.of());
        }
    };

    private static DocumentAnalyser analyser;

    @BeforeAll
    static void models() {
        analyser = new DocumentAnalyser(SETTINGS, BY_KEYWORD);
    }

    @Test
    void an_inbound_complaint_gets_language_sentences_tokens_identifiers_and_labels() {
        Analysis a = analyser.analyse(new DocumentInput("I am really disappointed with my order ORD-654321. "
            + "It arrived broken and nobody answers. Please email me at sam@example.org about a refund.",
            Instant.parse("2026-03-04T10:00:00Z"), false));

        assertThat(a.language()).isEqualTo("eng");
        assertThat(a.sentences()).isEqualTo(3);
        // 9 + 7 + 9: the e-mail and the order number stay one token each.
        assertThat(a.tokens()).isEqualTo(25);
        assertThat(a.identifiers().emails()).containsExactly("sam@example.org");
        assertThat(a.identifiers().ofPattern("order")).containsExactly("ORD-654321");
        assertThat(a.sentiment().label()).isEqualTo("negative");
        assertThat(a.sentiment().polarity()).isCloseTo(-0.85, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(a.topic().label()).isEqualTo("refunds");
        assertThat(a.promise()).isNull();
        assertThat(a.brandMarkers()).isEmpty();
    }

    @Test
    void an_outbound_reply_carries_its_promise_and_brand_markers() {
        Analysis a = analyser.analyse(new DocumentInput("Thank you for contacting Acme Home. "
            + "We will call you back within 24 hours to arrange the replacement.",
            Instant.parse("2026-03-04T10:00:00Z"), true));

        assertThat(a.promise().type()).isEqualTo("callback");
        assertThat(a.promise().dueAt()).isEqualTo(Instant.parse("2026-03-05T10:00:00Z"));
        assertThat(a.brandMarkers()).containsExactly("Acme Home");
    }

    @Test
    void brand_markers_are_not_read_on_inbound_text_and_other_languages_are_told_apart() {
        Analysis a = analyser.analyse(new DocumentInput("Ich habe bei Acme Home bestellt und die Lieferung ist "
            + "nicht angekommen. Bitte helfen Sie mir schnell.", Instant.parse("2026-03-04T10:00:00Z"), false));

        assertThat(a.brandMarkers()).isEmpty();
        assertThat(a.language()).isEqualTo("deu");
    }

    @Test
    void empty_text_has_no_language_and_is_not_classified() {
        Analysis a = analyser.analyse(new DocumentInput("", Instant.parse("2026-03-04T10:00:00Z"), false));

        assertThat(a.language()).isEqualTo(Linguistics.UNDETERMINED);
        assertThat(a.tokens()).isZero();
        assertThat(a.sentiment()).isNull();
    }
}
