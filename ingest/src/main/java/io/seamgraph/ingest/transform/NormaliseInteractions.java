package io.seamgraph.ingest.transform;

import io.seamgraph.contract.CanonicalField;
import io.seamgraph.contract.RecordKind;
import io.seamgraph.ingest.read.SourceReader;
import io.seamgraph.ingest.validate.InteractionNormaliser;
import io.seamgraph.ingest.validate.NormalisedInteraction;
import io.seamgraph.ingest.validate.SourceRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Mapped interaction rows to normalised ones, each with its issues. */
public final class NormaliseInteractions {

    private static final Set<String> OWN_COLUMNS = Set.of("interactionId", "personId", "timestamp", "channel");

    /** Optional canonical text fields, in a fixed order, that become touchpoint properties under their own names. */
    public static final List<String> ATTRIBUTES = CanonicalField.of(RecordKind.INTERACTION).stream()
        .map(CanonicalField::yamlName).filter(n -> !OWN_COLUMNS.contains(n)).toList();

    public static final StructType SCHEMA = IssueRows.withBookkeeping(attributes(new StructType()
        .add("key", DataTypes.StringType)
        .add("source", DataTypes.StringType)
        .add("system", DataTypes.StringType)
        .add("businessUnit", DataTypes.StringType)
        .add("interactionId", DataTypes.StringType)
        .add("personKey", DataTypes.StringType)
        .add("at", DataTypes.StringType)
        .add("channel", DataTypes.StringType)));

    private NormaliseInteractions() {
    }

    public static Dataset<Row> apply(Dataset<Row> mapped, SourceRules rules) {
        InteractionNormaliser normaliser = new InteractionNormaliser(rules);
        MapFunction<Row, Row> toNormalised = row -> toRow(normaliser.normalise(new RowValues(row)), rules, row);
        return mapped.map(toNormalised, Encoders.row(SCHEMA));
    }

    private static Row toRow(NormalisedInteraction i, SourceRules rules, Row mapped) {
        List<Object> values = new ArrayList<>(java.util.Arrays.asList(
            i.key(), rules.source(), rules.system(), rules.businessUnit(), i.interactionId(),
            i.personKey(), i.at(), i.channel()));
        ATTRIBUTES.forEach(a -> values.add(i.attributes().get(a)));
        values.add(NormaliseProfiles.seq(List.of(IssueRows.toRows(i.issues()))));
        values.add(i.rejected());
        values.add(mapped.getAs(SourceReader.FILE));
        values.add(mapped.getAs(SourceReader.RAW));
        return RowFactory.create(values.toArray());
    }

    private static StructType attributes(StructType schema) {
        StructType out = schema;
        for (String attribute : ATTRIBUTES) {
            out = out.add(attribute, DataTypes.StringType);
        }
        return out;
    }
}
