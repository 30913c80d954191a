package io.seamgraph.analytics.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NicknamesTest {

    @Test
    void diminutives_of_the_other_naming_traditions_are_nicknames() {
        assertThat(Nicknames.related("Aga", "Agnieszka")).isTrue();
        assertThat(Nicknames.related("Tomek", "Tomasz")).isTrue();
        assertThat(Nicknames.related("Kasia", "Katarzyna")).isTrue();
        assertThat(Nicknames.related("Seun", "Oluwaseun")).isTrue();
        assertThat(Nicknames.related("Bob", "Robert")).isTrue();
        assertThat(Nicknames.related("Aga", "Tomasz")).isFalse();
    }

    @Test
    void names_are_looked_up_without_their_accents() {
        assertThat(Nicknames.related("Gosia", "Małgorzata")).isTrue();
        assertThat(Nicknames.related("Michał", "Michaś")).isTrue();
    }

    @Test
    void a_keying_slip_next_to_a_nickname_is_still_that_name() {
        assertThat(Nicknames.related("Richrad", "Dick")).isFalse();
        assertThat(Nicknames.relatedDespiteSlip("Richrad", "Dick")).isTrue();   // two letters swapped
        assertThat(Nicknames.relatedDespiteSlip("Cathy", "Cahterine")).isTrue();
        assertThat(Nicknames.relatedDespiteSlip("Naalie", "Nat")).isTrue();     // a letter dropped
        assertThat(Nicknames.relatedDespiteSlip("Abby", "Abigaiil")).isTrue();  // a letter doubled
        assertThat(Nicknames.relatedDespiteSlip("Toasz", "Tomek")).isTrue();
    }

    @Test
    void a_slip_does_not_make_different_names_related() {
        assertThat(Nicknames.relatedDespiteSlip("Richard", "Mary")).isFalse();
        assertThat(Nicknames.relatedDespiteSlip("Don", "Danny")).isFalse();       // short names are taken as typed
        assertThat(Nicknames.relatedDespiteSlip("Jon", "Jim")).isFalse();
    }
}
