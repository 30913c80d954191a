package io.seamgraph.analytics.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentAttachmentEvaluationTest {

    @Test
    void precision_counts_every_attachment_and_recall_every_transcribing_document() {
        Map<String, String> truth = new HashMap<>();
        truth.put("chat:1", "helpdesk:M-1");   // attached right
        truth.put("call:2", "helpdesk:M-2");   // attached to the wrong touchpoint
        truth.put("mail:3", "billing:B-3");    // left with its own touchpoint
        truth.put("review:4", "");             // transcribes nothing, yet attached
        truth.put("post:5", null);             // transcribes nothing, not attached
        Map<String, String> attached = new HashMap<>();
        attached.put("chat:1", "helpdesk:M-1");
        attached.put("call:2", "helpdesk:M-9");
        attached.put("review:4", "shop:O-4");
        attached.put("post:5", null);

        DocumentAttachmentEvaluation.Result result = DocumentAttachmentEvaluation.evaluate(truth, attached);

        assertThat(result).isEqualTo(new DocumentAttachmentEvaluation.Result(3, 3, 1));
        assertThat(result.precision()).isEqualTo(1.0 / 3);
        assertThat(result.recall()).isEqualTo(1.0 / 3);
    }

    @Test
    void nothing_attached_and_nothing_to_attach_is_zero_not_a_division_by_zero() {
        DocumentAttachmentEvaluation.Result result = DocumentAttachmentEvaluation.evaluate(Map.of("post:1", ""), Map.of());
        assertThat(result.precision()).isZero();
        assertThat(result.recall()).isZero();
    }
}
