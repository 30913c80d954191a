package io.seamgraph.analytics.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurvivorshipConfigTest {

    @Test
    void the_example_file_loads_with_its_rules() {
        SurvivorshipConfig config = SurvivorshipConfig.load(Path.of("../examples/golden-record.yaml"));

        assertThat(config.attributes()).containsOnlyKeys(SurvivorshipConfig.ATTRIBUTES);
        assertThat(config.attributes().get("familyName")).isEqualTo(new SurvivorshipConfig.AttributeRule(
            SurvivorshipConfig.Rule.SOURCE_PRIORITY, List.of("crm", "shop", "billing"), true));
        assertThat(config.attributes().get("givenName").rule()).isEqualTo(SurvivorshipConfig.Rule.LONGEST);
        assertThat(config.attributes().get("email").conflicts()).isFalse();
    }

    @Test
    void an_unknown_attribute_or_rule_or_a_priority_without_sources_is_refused(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("g.yaml"), """
            attributes:
              shoeSize: {rule: most-recent}
              familyName: {rule: loudest}
            """);
        assertThatThrownBy(() -> SurvivorshipConfig.load(file))
            .hasMessageContaining("attribute 'familyName', field 'rule': 'loudest' is not a rule");

        Path noSources = Files.writeString(dir.resolve("h.yaml"), """
            attributes:
              shoeSize: {rule: most-recent}
              familyName: {rule: source-priority}
            """);
        assertThatThrownBy(() -> SurvivorshipConfig.load(noSources))
            .hasMessageContaining("attribute 'shoeSize' is not one of")
            .hasMessageContaining("'familyName': rule source-priority needs 'sources'");
    }
}
