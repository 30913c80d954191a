package io.seamgraph.text.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextModelsTest {

    /** Floors for the held-out project set; BENCHMARKS.md has the measured figures. */
    static final double SENTIMENT_ACCURACY_FLOOR = 0.70;
    static final double TOPIC_ACCURACY_FLOOR = 0.65;
    static final double TOPIC_MACRO_F1_FLOOR = 0.60;

    @Test
    void the_bundled_models_beat_the_floors_on_the_held_out_set() {
        TextEvaluation result = TextEvaluation.of("held-out", TextModels.bundled(), Corpus.bundled(Corpus.EVALUATION));

        assertThat(result.sentiment().texts()).isGreaterThanOrEqualTo(300);
        assertThat(result.sentiment().accuracy()).as(result.render()).isGreaterThanOrEqualTo(SENTIMENT_ACCURACY_FLOOR);
        assertThat(result.topic().accuracy()).as(result.render()).isGreaterThanOrEqualTo(TOPIC_ACCURACY_FLOOR);
        assertThat(result.topic().macroF1()).as(result.render()).isGreaterThanOrEqualTo(TOPIC_MACRO_F1_FLOOR);
    }

    @Test
    void the_held_out_set_shares_no_text_with_the_training_set() {
        Set<String> training = new HashSet<>();
        Corpus.bundled(Corpus.TRAINING).forEach(t -> training.add(key(t.text())));
        List<LabelledText> held = Corpus.bundled(Corpus.EVALUATION);

        assertThat(held).noneMatch(t -> training.contains(key(t.text())));
    }

    @Test
    void both_corpora_use_exactly_the_taxonomy_topics_and_every_sentiment() {
        Taxonomy taxonomy = Taxonomy.bundled();
        for (String name : List.of(Corpus.TRAINING, Corpus.EVALUATION)) {
            List<LabelledText> texts = Corpus.bundled(name);
            assertThat(texts.stream().map(LabelledText::topic).distinct().sorted().toList()).as(name)
                .containsExactlyElementsOf(taxonomy.keys().stream().sorted().toList());
            assertThat(texts.stream().map(LabelledText::sentiment).distinct().sorted().toList()).as(name)
                .containsExactlyElementsOf(Sentiment.LABELS);
        }
    }

    @Test
    void predictions_carry_a_probability_for_every_label() {
        TextModels models = TextModels.bundled();
        Prediction sentiment = models.sentiment(Tokens.tokenize("Absolutely brilliant, thank you so much!"));
        Prediction topic = models.topic(Tokens.tokenize("Where is my parcel? The courier never came."));

        assertThat(sentiment.label()).isEqualTo(Sentiment.POSITIVE);
        assertThat(topic.label()).isEqualTo("delivery");
        assertThat(sentiment.scores().keySet()).containsExactlyInAnyOrderElementsOf(Sentiment.LABELS);
        assertThat(sentiment.scores().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0,
            org.assertj.core.data.Offset.offset(1e-9));
        assertThat(sentiment.confidence()).isEqualTo(sentiment.score(sentiment.label()));
        assertThat(Sentiment.score(sentiment)).isBetween(0.0, 1.0);
        assertThat(models.topicLabels()).containsExactlyInAnyOrderElementsOf(Taxonomy.bundled().keys());
    }

    @Test
    void negation_turns_praise_words_negative() {
        TextModels models = TextModels.bundled();
        assertThat(models.sentiment(Tokens.tokenize("The staff were not helpful at all and I am not happy")).label())
            .isEqualTo(Sentiment.NEGATIVE);
    }

    @Test
    void saved_models_load_and_predict_the_same(@TempDir Path dir) throws Exception {
        TextModels models = TextModels.bundled();
        models.save(dir);
        TextModels loaded = TextModels.load(dir);
        TextModels copied = TextModels.fromBytes(models.toBytes());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(models);
        }
        TextModels deserialised;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            deserialised = (TextModels) in.readObject();
        }

        for (LabelledText t : Corpus.bundled(Corpus.EVALUATION).subList(0, 25)) {
            String[] tokens = Tokens.tokenize(t.text());
            Prediction expected = models.topic(tokens);
            assertThat(loaded.topic(tokens)).isEqualTo(expected);
            assertThat(copied.topic(tokens)).isEqualTo(expected);
            assertThat(deserialised.sentiment(tokens)).isEqualTo(models.sentiment(tokens));
        }
    }

    @Test
    void training_is_deterministic() {
        List<LabelledText> corpus = Corpus.bundled(Corpus.TRAINING);
        TextModels a = TextModelTrainer.train(corpus, Taxonomy.bundled());
        TextModels b = TextModelTrainer.train(corpus, Taxonomy.bundled());
        String[] tokens = Tokens.tokenize("I was charged twice for my invoice and nobody replied");

        assertThat(a.sentiment(tokens)).isEqualTo(b.sentiment(tokens));
        assertThat(a.topic(tokens)).isEqualTo(b.topic(tokens));
    }

    @Test
    void a_taxonomy_topic_without_training_texts_is_refused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("topics.yaml");
        Files.writeString(file, "topics:\n  - {key: delivery, name: Delivery}\n  - {key: weather, name: Weather}\n");

        assertThatThrownBy(() -> TextModelTrainer.train(Corpus.bundled(Corpus.TRAINING), Taxonomy.load(file)))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[weather]");
    }

    @Test
    void a_bad_taxonomy_names_every_problem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("topics.yaml");
        Files.writeString(file, "topics:\n  - {key: Delivery, name: Delivery}\n  - {key: refund}\n");

        assertThatThrownBy(() -> Taxonomy.load(file)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining(file.toString()).hasMessageContaining("topics[0].key must be lower-case")
            .hasMessageContaining("topics[1].name is required");
    }

    @Test
    void a_corpus_line_with_a_bad_label_is_named() {
        String tsv = "sentiment\ttopic\ttext\npositive\tdelivery\tfine\nangry\tdelivery\tbad\n";
        assertThatThrownBy(() -> Corpus.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "x.tsv"))
            .hasMessageContaining("x.tsv line 3").hasMessageContaining("angry");
    }

    @Test
    void loading_from_a_folder_without_models_says_how_to_make_them(@TempDir Path dir) {
        assertThatThrownBy(() -> TextModels.load(dir)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("train-text --out");
    }

    @Test
    void the_example_taxonomy_is_the_bundled_one() throws Exception {
        Path example = Path.of("..", "examples", "topics.yaml");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(example), "examples/topics.yaml not found");
        assertThat(Taxonomy.load(example)).isEqualTo(Taxonomy.bundled());
    }

    private static String key(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
