package io.seamgraph.analytics.documents;

import java.util.Map;

/**
 * Attachment of interaction documents to the touchpoints they transcribe, against ground truth. An attachment is right
 * when it names the touchpoint the document truly transcribes. Precision: right attachments among all attachments.
 * Recall: right attachments among the documents that transcribe a touchpoint. A document that transcribes nothing
 * (a review, a post, a letter) counts only against precision, when attached.
 */
public final class DocumentAttachmentEvaluation {

    public record Result(long transcribing, long attached, long correct) {
        public double precision() { return attached == 0 ? 0 : (double) correct / attached; }
        public double recall() { return transcribing == 0 ? 0 : (double) correct / transcribing; }
    }

    private DocumentAttachmentEvaluation() {
    }

    /**
     * @param truthTouchpoint documentKey to the key of the touchpoint it transcribes (empty or null: none), from
     *                        truth/documents.csv
     * @param attachedTo      documentKey to the touchpoint the graph attached it to (absent or null: none)
     */
    public static Result evaluate(Map<String, String> truthTouchpoint, Map<String, String> attachedTo) {
        long transcribing = 0;
        long attached = 0;
        long correct = 0;
        for (Map.Entry<String, String> truth : truthTouchpoint.entrySet()) {
            String expected = truth.getValue() == null || truth.getValue().isBlank() ? null : truth.getValue();
            String actual = attachedTo.get(truth.getKey());
            if (expected != null) {
                transcribing++;
            }
            if (actual != null) {
                attached++;
                if (actual.equals(expected)) {
                    correct++;
                }
            }
        }
        return new Result(transcribing, attached, correct);
    }
}
