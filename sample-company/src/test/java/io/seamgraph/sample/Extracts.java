package io.seamgraph.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.seamgraph.contract.SourceDefinition;
import io.seamgraph.contract.SourcesFile;
import io.seamgraph.contract.TimestampSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads the generated extracts back, in file order, independently of the generator: a small CSV parser, Jackson for
 * JSON Lines, Spark for Parquet; and applies a source's mapping, constants, defaults and value maps the way the sources
 * YAML describes them.
 */
final class Extracts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Extracts() {
    }

    /** Every row of a source as column to text (null for empty or missing), in file order. */
    static List<Map<String, String>> rows(SourcesFile file, SourceDefinition source, SparkSession spark) {
        Path path = Path.of(file.resolveLocation(source));
        return switch (source.format()) {
            case CSV -> csv(path);
            case JSONL -> jsonl(path);
            case PARQUET -> parquet(path, spark);
            default -> throw new IllegalArgumentException(source.name() + " is a " + source.format() + " document source, not a table");
        };
    }

    static List<Map<String, String>> csv(Path path) {
        try {
            List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
            List<String> header = parseCsvLine(lines.get(0));
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                List<String> values = parseCsvLine(line);
                if (values.size() != header.size()) {
                    throw new IllegalStateException(path + ": " + values.size() + " values for " + header.size()
                        + " columns in: " + line);
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), values.get(i).isEmpty() ? null : values.get(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 4180, one physical line: quoted values may hold commas and doubled quotes. */
    static List<String> parseCsvLine(String line) {
        List<String> values = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    current.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                values.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        values.add(current.toString());
        return values;
    }

    static List<Map<String, String>> jsonl(Path path) {
        try {
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                JsonNode node = JSON.readTree(line);
                Map<String, String> row = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    row.put(field.getKey(), field.getValue().isNull() ? null : field.getValue().asText());
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Map<String, String>> parquet(Path path, SparkSession spark) {
        List<Row> collected = spark.read().parquet(path.toString()).collectAsList();
        List<Map<String, String>> rows = new ArrayList<>();
        for (Row r : collected) {
            Map<String, String> row = new LinkedHashMap<>();
            for (String column : r.schema().fieldNames()) {
                Object v = r.getAs(column);
                row.put(column, v == null ? null : v.toString());
            }
            rows.add(row);
        }
        return rows;
    }

    /** The canonical value of a single-valued field: mapped column, else default; then the value map; else constant. */
    static String value(SourceDefinition source, Map<String, String> row, String field) {
        List<String> columns = source.mapping().get(field);
        String v = null;
        if (columns != null) {
            v = row.get(columns.get(0));
            if (v != null && v.isBlank()) {
                v = null;
            }
            if (v == null) {
                v = source.defaults().get(field);
            }
            Map<String, String> map = source.valueMaps().get(field);
            if (v != null && map != null) {
                v = map.getOrDefault(v, v);
            }
        }
        return v != null ? v : source.constants().get(field);
    }

    /** Every value of a multi-valued field, split on the source's separator. */
    static List<String> values(SourceDefinition source, Map<String, String> row, String field) {
        List<String> out = new ArrayList<>();
        for (String column : source.mapping().getOrDefault(field, List.of())) {
            String v = row.get(column);
            if (v == null || v.isBlank()) {
                continue;
            }
            if (source.multiValueSeparator() != null) {
                for (String part : v.split(java.util.regex.Pattern.quote(source.multiValueSeparator()))) {
                    if (!part.isBlank()) {
                        out.add(part.trim());
                    }
                }
            } else {
                out.add(v);
            }
        }
        return out;
    }

    /** An instant as the source's timestamp spec reads it; throws for text it cannot read. */
    static Instant instant(SourceDefinition source, String zoneDefault, String text) {
        TimestampSpec spec = source.timestamps();
        String format = spec == null ? TimestampSpec.ISO : spec.format();
        ZoneId zone = ZoneId.of(spec == null || spec.timeZone() == null ? zoneDefault : spec.timeZone());
        switch (format) {
            case TimestampSpec.EPOCH_MILLIS:
                return Instant.ofEpochMilli(Long.parseLong(text));
            case TimestampSpec.EPOCH_SECONDS:
                return Instant.ofEpochSecond(Long.parseLong(text));
            case TimestampSpec.ISO:
                try {
                    return OffsetDateTime.parse(text).toInstant();
                } catch (DateTimeParseException e) {
                    return LocalDateTime.parse(text).atZone(zone).toInstant();
                }
            default:
                DateTimeFormatter f = DateTimeFormatter.ofPattern(format.replace("yyyy", "uuuu"))
                    .withResolverStyle(ResolverStyle.STRICT);
                return LocalDateTime.parse(text, f).atZone(zone).toInstant();
        }
    }

    static LocalDate date(SourceDefinition source, String text) {
        return LocalDate.parse(text, DateTimeFormatter.ofPattern(source.dateFormatOrDefault().replace("yyyy", "uuuu"))
            .withResolverStyle(ResolverStyle.STRICT));
    }

    static boolean parses(SourceDefinition source, String zoneDefault, String text) {
        try {
            instant(source, zoneDefault, text);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
