package io.seamgraph.text.classify;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * The sentiment and topic classifiers: OpenNLP document categorizers (maximum entropy over words, word pairs and
 * negated words) trained by the project ({@link TextModelTrainer}). Serializable for Spark: it holds the models as
 * bytes and opens them once per JVM and thread, as {@link DocumentCategorizerME} is not thread-safe.
 */
public final class TextModels implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String SENTIMENT_FILE = "sentiment.bin";
    public static final String TOPIC_FILE = "topic.bin";
    public static final String TAXONOMY_FILE = "topics.yaml";

    private final byte[] sentimentModel;
    private final byte[] topicModel;
    private transient ThreadLocal<DocumentCategorizerME[]> categorizers;

    TextModels(byte[] sentimentModel, byte[] topicModel) {
        this.sentimentModel = sentimentModel.clone();
        this.topicModel = topicModel.clone();
    }

    /** Negative, neutral or positive, from a text's tokens (any English tokenizer; case does not matter). */
    public Prediction sentiment(String[] tokens) {
        return predict(categorizers()[0], tokens);
    }

    /** One of the taxonomy's keys, from a text's tokens. */
    public Prediction topic(String[] tokens) {
        return predict(categorizers()[1], tokens);
    }

    /** The topic keys the topic model can answer. */
    public List<String> topicLabels() {
        return labels(categorizers()[1]);
    }

    public List<String> sentimentLabels() {
        return labels(categorizers()[0]);
    }

    private static List<String> labels(DocumentCategorizerME categorizer) {
        return java.util.stream.IntStream.range(0, categorizer.getNumberOfCategories())
            .mapToObj(categorizer::getCategory).sorted().toList();
    }

    private static Prediction predict(DocumentCategorizerME categorizer, String[] tokens) {
        String[] normalised = Tokens.normalise(tokens);
        double[] outcomes = categorizer.categorize(normalised);
        Map<String, Double> scores = new LinkedHashMap<>();
        int best = 0;
        for (int i = 0; i < outcomes.length; i++) {
            scores.put(categorizer.getCategory(i), outcomes[i]);
            if (outcomes[i] > outcomes[best]) {
                best = i;
            }
        }
        return new Prediction(categorizer.getCategory(best), outcomes[best], scores);
    }

    private DocumentCategorizerME[] categorizers() {
        ThreadLocal<DocumentCategorizerME[]> local = categorizers;
        if (local == null) {
            synchronized (this) {
                if (categorizers == null) {
                    DoccatModel sentiment = open(sentimentModel, SENTIMENT_FILE);
                    DoccatModel topic = open(topicModel, TOPIC_FILE);
                    categorizers = ThreadLocal.withInitial(() -> new DocumentCategorizerME[] {
                        new DocumentCategorizerME(sentiment), new DocumentCategorizerME(topic)});
                }
                local = categorizers;
            }
        }
        return local.get();
    }

    private static DoccatModel open(byte[] bytes, String what) {
        try {
            return new DoccatModel(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the " + what + " model", e);
        }
    }

    /**
     * Reads the models {@code ./seamgraph train-text --out DIR} wrote ({@value #SENTIMENT_FILE},
     * {@value #TOPIC_FILE}).
     */
    public static TextModels load(Path dir) {
        Path sentiment = dir.resolve(SENTIMENT_FILE);
        Path topic = dir.resolve(TOPIC_FILE);
        for (Path p : List.of(sentiment, topic)) {
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException("no model " + p + ": write the models with ./seamgraph train-text --out "
                    + dir);
            }
        }
        try {
            TextModels models = new TextModels(Files.readAllBytes(sentiment), Files.readAllBytes(topic));
            models.categorizers();
            return models;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the models in " + dir, e);
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException("the models in " + dir + " cannot be opened (not written by train-text?): "
                + e.getCause().getMessage(), e);
        }
    }

    /** Writes the two models into {@code dir} (created if needed), for {@link #load}. */
    public void save(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(SENTIMENT_FILE), sentimentModel);
            Files.write(dir.resolve(TOPIC_FILE), topicModel);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the models into " + dir, e);
        }
    }

    /**
     * The models trained in memory from the project's corpus ({@link Corpus#TRAINING}) with the bundled taxonomy, once
     * per JVM (a few seconds), when no model folder is given.
     */
    public static TextModels bundled() {
        return Bundled.MODELS;
    }

    private static final class Bundled {
        static final TextModels MODELS = TextModelTrainer.train(Corpus.bundled(Corpus.TRAINING), Taxonomy.bundled());
    }

    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(sentimentModel.length + topicModel.length + 8);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(sentimentModel.length);
            out.write(sentimentModel);
            out.writeInt(topicModel.length);
            out.write(topicModel);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static TextModels fromBytes(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            byte[] sentiment = in.readNBytes(in.readInt());
            byte[] topic = in.readNBytes(in.readInt());
            return new TextModels(sentiment, topic);
        } catch (IOException e) {
            throw new IllegalArgumentException("not the bytes of TextModels.toBytes()", e);
        }
    }
}
