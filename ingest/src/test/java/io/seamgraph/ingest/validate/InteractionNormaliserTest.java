package io.seamgraph.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class InteractionNormaliserTest {

    private final InteractionNormaliser normaliser = new InteractionNormaliser(
        Rules.interaction(Map.of("direction", Map.of("I", "inbound", "O", "outbound"))));

    @Test
    void a_clean_row_refers_to_the_person_in_the_declared_system() {
        NormalisedInteraction i = normaliser.normalise(new MapValues()
            .with("interactionId", "T-1").with("personId", "CRM-1").with("timestamp", "2026-03-01T10:00:00Z")
            .with("direction", "I").with("stage", "Service").with("topic", "refund")
            .with("promiseDueAt", "2026-03-02T10:00:00+01:00"));

        assertThat(i.key()).isEqualTo("tickets:T-1");
        assertThat(i.personKey()).isEqualTo("crm:CRM-1");
        assertThat(i.at()).isEqualTo("2026-03-01T10:00:00Z");
        assertThat(i.channel()).isEqualTo("chat");
        assertThat(i.attributes()).containsEntry("direction", "inbound").containsEntry("stage", "service")
            .containsEntry("topic", "refund").containsEntry("promiseDueAt", "2026-03-02T09:00:00Z");
        assertThat(i.rejected()).isFalse();
    }

    @Test
    void a_row_without_a_time_or_a_person_is_rejected_naming_each_field() {
        NormalisedInteraction i = normaliser.normalise(new MapValues().with("interactionId", "T-2").with("timestamp", "soon"));

        assertThat(i.rejected()).isTrue();
        assertThat(i.issues()).extracting(Issue::field).containsExactly("personId", "timestamp");
        assertThat(i.issues().get(1).reason()).contains("'soon'");
    }

    @Test
    void an_undeclared_channel_rejects_the_row_and_an_unknown_direction_is_dropped() {
        NormalisedInteraction i = normaliser.normalise(new MapValues().with("interactionId", "T-3").with("personId", "P")
            .with("timestamp", "2026-03-01T10:00:00Z").with("channel", "pigeon").with("direction", "sideways"));

        assertThat(i.rejected()).isTrue();
        assertThat(i.issues()).extracting(Issue::field, Issue::action).containsExactly(
            org.assertj.core.groups.Tuple.tuple("channel", Issue.Action.REJECTED_ROW),
            org.assertj.core.groups.Tuple.tuple("direction", Issue.Action.DROPPED_VALUE));
    }
}
