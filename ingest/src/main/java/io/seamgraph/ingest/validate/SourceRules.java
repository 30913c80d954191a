package io.seamgraph.ingest.validate;

import io.seamgraph.contract.ChannelDefinition;
import io.seamgraph.contract.SourceDefinition;
import io.seamgraph.contract.SourcesConfig;
import io.seamgraph.ingest.normalise.TemporalParser;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** What a row normaliser needs to know about its source, in a form Spark can ship to executors. */
public record SourceRules(
    String source,
    String system,
    String businessUnit,
    String defaultChannel,
    String personSystem,
    String phoneRegion,
    TemporalParser temporal,
    HashMap<String, String> defaults,
    HashMap<String, HashMap<String, String>> valueMaps,
    String multiValueSeparator,
    HashSet<String> channels) implements Serializable {

    public static SourceRules of(SourceDefinition source, SourcesConfig config) {
        HashMap<String, HashMap<String, String>> valueMaps = new HashMap<>();
        source.valueMaps().forEach((field, table) -> valueMaps.put(field, new HashMap<>(table)));
        Set<String> channelKeys = config.channels().stream().map(ChannelDefinition::key).collect(Collectors.toSet());
        return new SourceRules(
            source.name(),
            source.system(),
            source.businessUnit(),
            source.channel(),
            source.personSystem(),
            source.phoneRegionOr(config.defaults()),
            new TemporalParser(source.timestampsOr(config.defaults()), source.dateFormatOrDefault()),
            new HashMap<>(source.defaults()),
            valueMaps,
            source.multiValueSeparator(),
            new HashSet<>(channelKeys));
    }

    /** The value after the source's value map and default; null when nothing is there. */
    public String resolve(String field, String raw) {
        String value = raw == null || raw.isBlank() ? null : raw;
        Map<String, String> table = valueMaps.get(field);
        if (value != null && table != null) {
            value = table.getOrDefault(value.strip(), value);
        }
        return value == null ? defaults.get(field) : value;
    }

    /** Splits cells of a multi-valued field on the declared separator. */
    public List<String> split(List<String> cells) {
        if (multiValueSeparator == null || multiValueSeparator.isEmpty()) {
            return cells;
        }
        return cells.stream()
            .filter(c -> c != null)
            .flatMap(c -> java.util.Arrays.stream(c.split(java.util.regex.Pattern.quote(multiValueSeparator))))
            .toList();
    }
}
