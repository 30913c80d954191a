package io.seamgraph.text.classify;

import io.seamgraph.text.extract.ClassifierFactory;
import io.seamgraph.text.extract.Classification;
import io.seamgraph.text.extract.TextClassifiers;

/** The project's trained sentiment and topic models behind extraction's classifier seam. */
public final class TrainedClassifiers implements TextClassifiers {

    private final TextModels models;

    public TrainedClassifiers(TextModels models) {
        this.models = models;
    }

    /**
     * Models trained from the bundled corpus, once per JVM: the factory is what travels to the executors, so each
     * trains its own copy instead of receiving a serialised one with every task.
     */
    public static ClassifierFactory bundledFactory() {
        return () -> new TrainedClassifiers(TextModels.bundled());
    }

    @Override
    public Classification sentiment(String[] tokens) {
        return classification(models.sentiment(tokens));
    }

    @Override
    public Classification topic(String[] tokens) {
        return classification(models.topic(tokens));
    }

    private static Classification classification(Prediction p) {
        return new Classification(p.label(), p.confidence(), p.scores());
    }
}
