package io.seamgraph.analytics.gaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GapConfigTest {

    @TempDir
    Path dir;

    @Test
    void the_example_file_holds_the_defaults() {
        Path example = Path.of(System.getProperty("user.dir")).getParent().resolve("examples/silo-gaps.yaml");
        GapConfig loaded = GapConfig.load(example);

        assertThat(loaded).isEqualTo(GapConfig.defaults());
    }

    @Test
    void a_file_sets_only_what_it_names_and_keeps_the_other_defaults() throws IOException {
        Path file = Files.writeString(dir.resolve("gaps.yaml"), """
            asOf: 2026-03-30T00:00:00Z
            contactPressure: {maxMessages: 6}
            vocabulary: {unresolvedOutcomes: [open, pending]}
            """);

        GapConfig config = GapConfig.load(file);

        assertThat(config.contactPressure().maxMessages()).isEqualTo(6);
        assertThat(config.contactPressure().windowHours()).isEqualTo(24.0);
        assertThat(config.vocabulary().unresolvedOutcomes()).containsExactly("open", "pending");
        assertThat(config.vocabulary().transferredOutcomes()).containsExactly("transferred");
        assertThat(config.asOfMillis()).isEqualTo(java.time.Instant.parse("2026-03-30T00:00:00Z").toEpochMilli());
        assertThat(config.paramsJson(GapType.CONTACT_PRESSURE)).contains("\"maxMessages\":6");
    }

    @Test
    void an_unknown_key_or_a_bad_value_is_an_error_naming_the_file_and_the_key() throws IOException {
        Path typo = Files.writeString(dir.resolve("typo.yaml"), "silence: {silenceDayz: 3}\n");
        Path negative = Files.writeString(dir.resolve("negative.yaml"), "silence: {silenceDays: -3}\n");
        Path stage = Files.writeString(dir.resolve("stage.yaml"), "enrichment: {stageByType: {order: checkout}}\n");

        assertThatThrownBy(() -> GapConfig.load(typo)).hasMessageContaining("typo.yaml").hasMessageContaining("silenceDayz");
        assertThatThrownBy(() -> GapConfig.load(negative)).hasMessageContaining("silence.silenceDays must be positive");
        assertThatThrownBy(() -> GapConfig.load(stage)).hasMessageContaining("enrichment.stageByType.order");
    }
}
