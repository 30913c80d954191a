package io.seamgraph.contract;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Checks a parsed sources file against the contract before any job reads a row, and reports every problem at once:
 * a user fixing a YAML should not have to run the job once per typo.
 */
final class SourcesValidator {

    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(3);

    private SourcesValidator() {
    }

    static List<String> validate(SourcesConfig config) {
        List<String> problems = new ArrayList<>();
        if (config.version() != 1) {
            problems.add("version: expected 1, found " + config.version());
        }
        checkZone("defaults.timeZone", config.defaults().timeZone(), problems);
        checkShare("defaults.maxRejectedShare", config.defaults().maxRejectedShare(), problems);

        Set<String> channels = config.channels().stream().map(ChannelDefinition::key).collect(Collectors.toSet());
        Set<String> units = new HashSet<>();
        for (BusinessUnitDefinition unit : config.businessUnits()) {
            if (!units.add(unit.key())) {
                problems.add("business unit '" + unit.key() + "' is declared twice");
            }
            unit.channels().stream().filter(c -> !channels.contains(c)).forEach(c ->
                problems.add("business unit '" + unit.key() + "', field 'channels': unknown channel '" + c + "'"));
        }
        if (config.sources().isEmpty()) {
            problems.add("sources: no source is declared");
        }
        Set<String> names = new HashSet<>();
        Set<String> profileSystems = config.sourcesOf(RecordKind.PROFILE).stream()
            .map(SourceDefinition::system).collect(Collectors.toSet());
        for (SourceDefinition source : config.sources()) {
            if (source.name() == null || source.name().isBlank()) {
                problems.add("a source has no 'name'");
                continue;
            }
            if (!names.add(source.name())) {
                problems.add("source '" + source.name() + "' is declared twice");
            }
            new SourceCheck(source, config, units, channels, profileSystems, problems).run();
        }
        return problems;
    }

    private record SourceCheck(SourceDefinition source, SourcesConfig config, Set<String> units, Set<String> channels,
                               Set<String> profileSystems, List<String> problems) {

        void run() {
            require("kind", source.kind());
            require("format", source.format());
            require("location", source.location());
            require("businessUnit", source.businessUnit());
            if (source.businessUnit() != null && !units.contains(source.businessUnit())) {
                problem("businessUnit", "unknown business unit '" + source.businessUnit() + "'" + suggest(source.businessUnit(), units));
            }
            if (source.channel() != null && !channels.contains(source.channel())) {
                problem("channel", "unknown channel '" + source.channel() + "'" + suggest(source.channel(), channels));
            }
            if (source.kind() == null) {
                return;
            }
            checkFieldNames("mapping", source.mapping().keySet());
            checkFieldNames("constants", source.constants().keySet());
            checkFieldNames("defaults", source.defaults().keySet());
            checkFieldNames("valueMaps", source.valueMaps().keySet());
            source.mapping().forEach((field, columns) -> {
                Optional<CanonicalField> known = CanonicalField.byYamlName(field);
                if (columns == null || columns.isEmpty() || columns.stream().anyMatch(c -> c == null || c.isBlank())) {
                    problem("mapping." + field, "maps to no column");
                } else if (known.isPresent() && !known.get().multiValued() && columns.size() > 1) {
                    problem("mapping." + field, "takes one column, found " + columns);
                }
            });
            for (CanonicalField field : CanonicalField.of(source.kind())) {
                boolean given = source.mapping().containsKey(field.yamlName())
                    || source.constants().containsKey(field.yamlName());
                if (field.required() && !given) {
                    problem(field.yamlName(), "required for " + source.kind().yamlName() + " sources but not mapped");
                }
                checkAllowedValue(field, "constants", source.constants().get(field.yamlName()));
                checkAllowedValue(field, "defaults", source.defaults().get(field.yamlName()));
                Map<String, String> valueMap = source.valueMaps().get(field.yamlName());
                if (valueMap != null) {
                    valueMap.values().forEach(v -> checkAllowedValue(field, "valueMaps", v));
                }
            }
            String channelConstant = source.constants().get(CanonicalField.CHANNEL.yamlName());
            if (channelConstant != null && !channels.contains(channelConstant)) {
                problem("constants.channel", "unknown channel '" + channelConstant + "'");
            }
            if (source.kind() == RecordKind.INTERACTION) {
                if (source.channel() == null && !source.mapping().containsKey("channel") && channelConstant == null) {
                    problem("channel", "an interaction source needs a default 'channel' or a mapped one");
                }
                if (!profileSystems.contains(source.personSystem())) {
                    problem("personSystem", "no profile source of system '" + source.personSystem()
                        + "' is declared" + suggest(source.personSystem(), profileSystems));
                }
                if (!source.consents().isEmpty()) {
                    problem("consents", "only profile sources carry consents");
                }
            }
            for (ConsentMapping consent : source.consents()) {
                if (consent.purpose() == null || consent.purpose().isBlank()) {
                    problem("consents", "a consent has no 'purpose'");
                }
                if (consent.granted() == null || consent.granted().isBlank()) {
                    problem("consents." + consent.purpose(), "no 'granted' column");
                }
            }
            TimestampSpec ts = source.timestampsOr(config.defaults());
            checkZone(where("timestamps.timeZone"), ts.timeZone(), problems);
            checkPattern("timestamps.format", ts.format());
            checkPattern("dateFormat", source.dateFormatOrDefault());
            if (source.maxRejectedShare() != null) {
                checkShare(where("maxRejectedShare"), source.maxRejectedShare(), problems);
            }
        }

        private void checkFieldNames(String section, Set<String> fields) {
            for (String field : fields) {
                Optional<CanonicalField> known = CanonicalField.byYamlName(field);
                if (known.isEmpty()) {
                    problem(section + "." + field, "unknown canonical field" + suggest(field, CanonicalField.yamlNames()));
                } else if (known.get().kind() != source.kind()) {
                    problem(section + "." + field, "is a field of " + known.get().kind().yamlName() + " sources, but this is a "
                        + source.kind().yamlName() + " source");
                }
            }
        }

        private void checkAllowedValue(CanonicalField field, String section, String value) {
            if (value != null && !field.allowedValues().isEmpty() && !field.allowedValues().contains(value)) {
                problem(section + "." + field.yamlName(), "value '" + value + "' is not one of " + field.allowedValues());
            }
        }

        private void checkPattern(String field, String pattern) {
            if (pattern.equals(TimestampSpec.ISO) || pattern.equals(TimestampSpec.EPOCH_MILLIS)
                || pattern.equals(TimestampSpec.EPOCH_SECONDS)) {
                return;
            }
            try {
                DateTimeFormatter.ofPattern(pattern);
            } catch (IllegalArgumentException e) {
                problem(field, "not a date-time pattern: '" + pattern + "' (" + e.getMessage() + ")");
            }
        }

        private void require(String field, Object value) {
            if (value == null || (value instanceof String s && s.isBlank())) {
                problem(field, "is required");
            }
        }

        private void problem(String field, String text) {
            problems.add(where(field) + ": " + text);
        }

        private String where(String field) {
            return "source '" + source.name() + "', field '" + field + "'";
        }
    }

    private static void checkZone(String where, String zone, List<String> problems) {
        try {
            ZoneId.of(zone);
        } catch (RuntimeException e) {
            problems.add(where + ": unknown time zone '" + zone + "'");
        }
    }

    private static void checkShare(String where, double share, List<String> problems) {
        if (share < 0 || share > 1) {
            problems.add(where + ": must be between 0 and 1, found " + share);
        }
    }

    private static String suggest(String given, Set<String> known) {
        return known.stream()
            .map(k -> Map.entry(k, DISTANCE.apply(given, k)))
            .filter(e -> e.getValue() >= 0)
            .min(Comparator.comparingInt(Map.Entry::getValue))
            .map(e -> " (did you mean '" + e.getKey() + "'?)")
            .orElse("");
    }
}
