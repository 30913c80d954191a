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
        if (config.defaults().maxDocumentBytes() <= 0) {
            problems.add("defaults.maxDocumentBytes: must be positive, found " + config.defaults().maxDocumentBytes());
        }

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
            if (source.kind() == RecordKind.DOCUMENT) {
                checkDocument();
                checkTimestamps();
                return;
            }
            if (source.format() != null && source.format().wholeFile()) {
                problem("format", "'" + source.format().yamlName() + "' is for document sources; "
                    + source.kind().yamlName() + " sources are csv, jsonl or parquet");
            }
            checkDocumentOptionsAbsent();
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
            checkTimestamps();
            if (source.maxRejectedShare() != null) {
                checkShare(where("maxRejectedShare"), source.maxRejectedShare(), problems);
            }
        }

        private void checkTimestamps() {
            TimestampSpec ts = source.timestampsOr(config.defaults());
            checkZone(where("timestamps.timeZone"), ts.timeZone(), problems);
            checkPattern("timestamps.format", ts.format());
            checkPattern("dateFormat", source.dateFormatOrDefault());
        }

        private void checkDocument() {
            require("documentType", source.documentType());
            if (source.documentType() != null && !DocumentField.DOCUMENT_TYPES.contains(source.documentType())) {
                problem("documentType", "unknown document type '" + source.documentType() + "', expected one of "
                    + DocumentField.DOCUMENT_TYPES + suggest(source.documentType(), java.util.Set.copyOf(DocumentField.DOCUMENT_TYPES)));
            }
            require("channel", source.channel());
            for (String section : List.of("mapping", "constants", "defaults", "valueMaps")) {
                Set<String> fields = switch (section) {
                    case "mapping" -> source.mapping().keySet();
                    case "constants" -> source.constants().keySet();
                    case "defaults" -> source.defaults().keySet();
                    default -> source.valueMaps().keySet();
                };
                for (String field : fields) {
                    if (DocumentField.byYamlName(field).isEmpty()) {
                        problem(section + "." + field, "unknown document field" + suggest(field, DocumentField.yamlNames()));
                    }
                }
            }
            boolean table = source.format() != null && !source.format().wholeFile();
            if (source.format() != null && !table && !source.mapping().isEmpty()) {
                problem("mapping", "'" + source.format().yamlName() + "' files supply their own fields; mapping is read for "
                    + "jsonl, csv and parquet documents only (use constants for fixed values)");
            }
            source.mapping().forEach((field, columns) -> {
                if (columns == null || columns.isEmpty() || columns.stream().anyMatch(c -> c == null || c.isBlank())) {
                    problem("mapping." + field, "maps to no column");
                } else if (columns.size() > 1) {
                    problem("mapping." + field, "takes one column, found " + columns);
                }
            });
            for (DocumentField field : DocumentField.values()) {
                if (table && field.required() && !source.mapping().containsKey(field.yamlName())
                    && !source.constants().containsKey(field.yamlName())) {
                    problem(field.yamlName(), "required for " + source.format().yamlName() + " document sources but not mapped");
                }
                if (!field.allowedValues().isEmpty()) {
                    checkAllowed(field.yamlName(), field.allowedValues(), "constants", source.constants().get(field.yamlName()));
                    checkAllowed(field.yamlName(), field.allowedValues(), "defaults", source.defaults().get(field.yamlName()));
                    Map<String, String> valueMap = source.valueMaps().get(field.yamlName());
                    if (valueMap != null) {
                        valueMap.values().forEach(v -> checkAllowed(field.yamlName(), field.allowedValues(), "valueMaps", v));
                    }
                }
            }
            if (source.personSystem() != null && !profileSystems.contains(source.personSystem())) {
                problem("personSystem", "no profile source of system '" + source.personSystem()
                    + "' is declared" + suggest(source.personSystem(), profileSystems));
            }
            if (source.mapping().containsKey("personId") && source.personSystem() == null) {
                problem("personSystem", "personId is mapped, so the system whose profile ids it holds must be named");
            }
            if (!source.consents().isEmpty()) {
                problem("consents", "only profile sources carry consents");
            }
            if (source.maxBytes() != null && source.maxBytes() <= 0) {
                problem("maxBytes", "must be positive, found " + source.maxBytes());
            }
            source.identifierPatterns().forEach((name, pattern) -> {
                try {
                    java.util.regex.Pattern.compile(pattern);
                } catch (RuntimeException e) {
                    problem("identifierPatterns." + name, "not a regular expression: '" + pattern + "' ("
                        + e.getMessage().lines().findFirst().orElse("") + ")");
                }
            });
            source.ownDomains().stream().filter(d -> d == null || !d.matches("[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"))
                .forEach(d -> problem("ownDomains", "not a domain name: '" + d + "'"));
            if (source.maxRejectedShare() != null) {
                checkShare(where("maxRejectedShare"), source.maxRejectedShare(), problems);
            }
        }

        private void checkDocumentOptionsAbsent() {
            if (source.documentType() != null) {
                problem("documentType", "only document sources have a document type");
            }
            if (source.maxBytes() != null || !source.ownDomains().isEmpty() || !source.identifierPatterns().isEmpty()
                || !source.brandMarkers().isEmpty()) {
                problem("kind", "maxBytes, ownDomains, identifierPatterns and brandMarkers apply to document sources only");
            }
        }

        private void checkAllowed(String field, List<String> allowed, String section, String value) {
            if (value != null && !allowed.contains(value)) {
                problem(section + "." + field, "value '" + value + "' is not one of " + allowed);
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
