package io.seamgraph.analytics.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorrectionLinksTest {

    private static Correction c(String id, String decision, String at, String... records) {
        return new Correction(id, List.of(records), Correction.Decision.parse(decision), "why", "alice",
            at == null ? null : Instant.parse(at));
    }

    @Test
    void same_chains_its_records_and_different_separates_every_pair() {
        assertThat(c("1", "same", null, "c:3", "a:1", "b:2").pairs())
            .containsExactly(Correction.Pair.of("a:1", "c:3"), Correction.Pair.of("a:1", "b:2"));
        assertThat(c("2", "different", null, "a:1", "b:2", "c:3").pairs()).hasSize(3);
    }

    @Test
    void the_latest_decision_about_a_pair_wins_and_an_undated_one_is_oldest() {
        CorrectionLinks.Decided decided = CorrectionLinks.decide(List.of(
            c("api-2", "same", "2024-03-02T00:00:00Z", "a:1", "b:2"),
            c("file:1", "different", null, "b:2", "a:1"),
            c("api-1", "different", "2024-03-01T00:00:00Z", "a:1", "b:2"),
            c("file:2", "different", null, "x:1", "y:1")));

        assertThat(decided.mustLink()).containsExactly(Correction.Pair.of("a:1", "b:2"));
        assertThat(decided.cannotLink()).containsExactly(Correction.Pair.of("x:1", "y:1"));
    }

    @Test
    void two_corrections_of_the_same_moment_that_disagree_are_refused_naming_both() {
        assertThatThrownBy(() -> CorrectionLinks.decide(List.of(c("file:1", "same", null, "a:1", "b:2"),
            c("file:4", "different", null, "b:2", "a:1"))))
            .hasMessageContaining("a:1 and b:2").hasMessageContaining("file:1").hasMessageContaining("file:4");
    }

    @Test
    void the_example_file_loads() {
        List<Correction> corrections = CorrectionsFile.load(Path.of("../examples/corrections.yaml"));

        assertThat(corrections).hasSize(2);
        assertThat(corrections.get(0).decision()).isEqualTo(Correction.Decision.DIFFERENT);
        assertThat(corrections.get(0).records()).containsExactly("crm:1001", "crm:1002");
        assertThat(corrections.get(1).at()).isEqualTo(Instant.parse("2024-03-01T09:00:00Z"));
    }

    @Test
    void every_problem_of_a_file_is_reported_with_its_entry_and_field(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("c.yaml"), """
            corrections:
              - records: [crm:1]
                decision: maybe
                author: bob
              - records: [crm:1, crm:2]
                decision: same
                reason: ok
            """);

        assertThatThrownBy(() -> CorrectionsFile.load(file))
            .hasMessageContaining("correction 1, field 'records'")
            .hasMessageContaining("correction 1, field 'decision'")
            .hasMessageContaining("correction 1, field 'reason'")
            .hasMessageContaining("correction 2, field 'author'");
    }
}
