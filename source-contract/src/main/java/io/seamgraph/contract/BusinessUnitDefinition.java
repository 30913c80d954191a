package io.seamgraph.contract;

import java.util.List;

/** A department of the company, and the channels it owns (runs and answers for). */
public record BusinessUnitDefinition(String key, String name, List<String> channels) {
    public BusinessUnitDefinition {
        channels = channels == null ? List.of() : List.copyOf(channels);
        name = name == null ? key : name;
    }
}
