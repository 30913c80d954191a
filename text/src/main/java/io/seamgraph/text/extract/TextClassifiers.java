package io.seamgraph.text.extract;

/**
 * The sentiment and topic classifiers the analyser calls, over the text's tokens. The project's trained models
 * ({@code io.seamgraph.text.classify.TextModels}) are adapted to this by whoever builds the analyser, which keeps
 * extraction free of any one classifier; {@link #NONE} leaves sentiment and topic unset.
 */
public interface TextClassifiers {

    TextClassifiers NONE = new TextClassifiers() {
        @Override
        public Classification sentiment(String[] tokens) { return null; }

        @Override
        public Classification topic(String[] tokens) { return null; }
    };

    /** Labels negative, neutral, positive; null when no classifier is configured. */
    Classification sentiment(String[] tokens);

    /** A key of the topic taxonomy; null when no classifier is configured. */
    Classification topic(String[] tokens);
}
