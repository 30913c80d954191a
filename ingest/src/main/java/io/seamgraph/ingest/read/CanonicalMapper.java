package io.seamgraph.ingest.read;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import io.seamgraph.contract.CanonicalField;
import io.seamgraph.contract.ConsentMapping;
import io.seamgraph.contract.SourceDefinition;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * Renames a source's columns to canonical fields, as text: one column per single-valued field, an array per
 * multi-valued one, constants as literals. Parsing happens after, in one place, so every source is judged alike.
 */
public final class CanonicalMapper {

    public static final String CONSENTS = "_consents";

    private CanonicalMapper() {
    }

    public static Dataset<Row> map(Dataset<Row> raw, SourceDefinition source) {
        List<Column> columns = new ArrayList<>();
        columns.add(SourceReader.column(SourceReader.FILE));
        columns.add(SourceReader.column(SourceReader.RAW));
        for (CanonicalField field : CanonicalField.of(source.kind())) {
            columns.add(valueOf(field, source).as(field.yamlName()));
        }
        List<Column> consents = new ArrayList<>();
        for (ConsentMapping consent : source.consents()) {
            consents.add(struct(
                lit(consent.purpose()).as("purpose"),
                text(consent.granted()).as("granted"),
                (consent.at() == null ? lit(null).cast(DataTypes.StringType) : text(consent.at())).as("at")));
        }
        columns.add((consents.isEmpty()
            ? array().cast("array<struct<purpose:string,granted:string,at:string>>")
            : array(consents.toArray(Column[]::new))).as(CONSENTS));
        return raw.select(columns.toArray(Column[]::new));
    }

    private static Column valueOf(CanonicalField field, SourceDefinition source) {
        List<String> mapped = source.columnsOf(field);
        String constant = source.constants().get(field.yamlName());
        if (field.multiValued()) {
            if (!mapped.isEmpty()) {
                return array(mapped.stream().map(CanonicalMapper::text).toArray(Column[]::new));
            }
            return constant == null ? array().cast("array<string>") : array(lit(constant));
        }
        if (!mapped.isEmpty()) {
            return text(mapped.get(0));
        }
        return lit(constant).cast(DataTypes.StringType);
    }

    private static Column text(String column) {
        return SourceReader.column(column).cast(DataTypes.StringType);
    }
}
