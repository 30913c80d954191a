package io.seamgraph.api.graph;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/**
 * Null-safe reads of one column of a result row, or one entry of a map value: a missing property comes back as
 * {@code null}, never as a made-up default.
 */
public final class RecordValues {

    private RecordValues() {
    }

    public static String string(MapAccessor row, String column) {
        Value value = row.get(column);
        return value.isNull() ? null : value.asString();
    }

    public static Long integer(MapAccessor row, String column) {
        Value value = row.get(column);
        return value.isNull() ? null : value.asLong();
    }

    public static Boolean bool(MapAccessor row, String column) {
        Value value = row.get(column);
        return value.isNull() ? null : value.asBoolean();
    }

    /** A Neo4j {@code datetime} as an instant. */
    public static Instant instant(MapAccessor row, String column) {
        Value value = row.get(column);
        return value.isNull() ? null : value.asZonedDateTime().toInstant();
    }

    public static LocalDate date(MapAccessor row, String column) {
        Value value = row.get(column);
        return value.isNull() ? null : value.asLocalDate();
    }

    public static List<String> strings(MapAccessor row, String column) {
        Value value = row.get(column);
        return value.isNull() ? List.of() : value.asList(Value::asString);
    }
}
