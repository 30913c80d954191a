package io.seamgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.seamgraph.analytics.match.MatchSettings;
import io.seamgraph.analytics.resolve.ResolveOptions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** How resolve's and pipeline's options choose between matching and shared identifiers only. */
class ResolveSettingsTest {

    @Command(name = "resolve")
    static final class Probe {
        @Mixin
        ResolveSettings resolve;
    }

    private static ResolveOptions parse(String... args) {
        Probe probe = new Probe();
        new CommandLine(probe).parseArgs(args);
        return probe.resolve.options(null, 100);
    }

    @Test
    void matching_with_the_shipped_settings_is_the_default() {
        assertThat(parse().matching()).isEqualTo(MatchSettings.shipped());
        assertThat(parse("--matching").matching()).isEqualTo(MatchSettings.shipped());
    }

    @Test
    void no_matching_links_shared_identifiers_only() {
        ResolveOptions options = parse("--no-matching", "--max-records-per-identity", "7");

        assertThat(options.matching()).isNull();
        assertThat(options.maxRecordsPerIdentity()).isEqualTo(7);
    }

    @Test
    void no_matching_with_an_option_that_needs_matching_is_an_error() {
        assertThatThrownBy(() -> parse("--no-matching", "--save-model", "model.json"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--save-model");
    }
}
