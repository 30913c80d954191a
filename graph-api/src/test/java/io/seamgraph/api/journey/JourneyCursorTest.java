package io.seamgraph.api.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

class JourneyCursorTest {

    @Test
    void a_cursor_reads_back_as_the_seq_it_was_made_from() {
        assertThat(JourneyCursor.seq(JourneyCursor.after(41))).isEqualTo(41);
        assertThat(JourneyCursor.after(41)).isEqualTo("NDE");
    }

    @Test
    void no_cursor_starts_before_the_first_step() {
        assertThat(JourneyCursor.seq(null)).isEqualTo(-1);
        assertThat(JourneyCursor.seq(" ")).isEqualTo(-1);
    }

    @Test
    void a_cursor_the_api_did_not_hand_out_is_rejected_naming_the_parameter() {
        for (String bad : new String[] {"%%%", "LTE", "YWJj"}) {
            assertThatThrownBy(() -> JourneyCursor.seq(bad)).as(bad)
                .isInstanceOfSatisfying(ErrorResponseException.class,
                    e -> assertThat(e.getBody().getProperties()).containsEntry("parameter", "cursor"));
        }
    }
}
