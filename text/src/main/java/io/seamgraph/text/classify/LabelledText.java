package io.seamgraph.text.classify;

/** One labelled text of a corpus: where it comes from (for error messages), its labels and the text. */
public record LabelledText(String origin, String sentiment, String topic, String text) {
}
