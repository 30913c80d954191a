package io.seamgraph.contract;

import java.util.List;
import java.util.Optional;

/** The whole sources YAML: the organisation (business units and the channels each owns) and every source's extract. */
public record SourcesConfig(
    int version,
    Defaults defaults,
    List<BusinessUnitDefinition> businessUnits,
    List<ChannelDefinition> channels,
    List<SourceDefinition> sources) {

    public SourcesConfig {
        defaults = defaults == null ? Defaults.standard() : defaults;
        businessUnits = businessUnits == null ? List.of() : List.copyOf(businessUnits);
        channels = channels == null ? List.of() : List.copyOf(channels);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public Optional<SourceDefinition> source(String name) {
        return sources.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public List<SourceDefinition> sourcesOf(RecordKind kind) {
        return sources.stream().filter(s -> s.kind() == kind).toList();
    }
}
