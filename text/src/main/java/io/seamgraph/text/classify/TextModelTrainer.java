package io.seamgraph.text.classify;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the two document categorizers from labelled texts. Maximum entropy with a small cutoff and a fixed number of
 * iterations on one thread, so the same corpus gives the same model.
 */
public final class TextModelTrainer {

    static final int ITERATIONS = 200;
    static final int CUTOFF = 1;

    private TextModelTrainer() {
    }

    /**
     * Trains sentiment on every text and topic on the texts whose topic the taxonomy has; fails when a taxonomy topic
     * has no training text or the corpus uses a topic the taxonomy does not list.
     */
    public static TextModels train(List<LabelledText> corpus, Taxonomy taxonomy) {
        Set<String> unknown = new TreeSet<>();
        corpus.stream().map(LabelledText::topic).filter(t -> !taxonomy.has(t)).forEach(unknown::add);
        Set<String> untrained = new TreeSet<>(taxonomy.keys());
        corpus.forEach(t -> untrained.remove(t.topic()));
        if (!untrained.isEmpty()) {
            throw new IllegalArgumentException("the taxonomy has topics no training text is labelled with: " + untrained
                + "; label texts with them in the corpus or remove them from the taxonomy");
        }
        List<LabelledText> topical = corpus.stream().filter(t -> taxonomy.has(t.topic())).toList();
        if (!unknown.isEmpty() && topical.size() < corpus.size() / 2) {
            throw new IllegalArgumentException("most training texts have topics the taxonomy does not list: " + unknown);
        }
        return new TextModels(model(corpus, LabelledText::sentiment), model(topical, LabelledText::topic));
    }

    private static byte[] model(List<LabelledText> texts, Function<LabelledText, String> label) {
        List<DocumentSample> samples = new ArrayList<>(texts.size());
        for (LabelledText t : texts) {
            samples.add(new DocumentSample(label.apply(t), Tokens.normalise(Tokens.tokenize(t.text()))));
        }
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        try (ObjectStream<DocumentSample> stream = new CollectionObjectStream<>(samples)) {
            DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {new BagOfWordsFeatureGenerator(),
                new NGramFeatureGenerator(2, 2), new NegationFeatureGenerator()});
            DoccatModel model = DocumentCategorizerME.train("en", stream, params, factory);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            model.serialize(bytes);
            return bytes.toByteArray();
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("OpenNLP rejected the feature generators", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot train a document categorizer", e);
        }
    }
}
