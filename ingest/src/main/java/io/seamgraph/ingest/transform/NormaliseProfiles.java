package io.seamgraph.ingest.transform;

import io.seamgraph.ingest.read.SourceReader;
import io.seamgraph.ingest.validate.NormalisedProfile;
import io.seamgraph.ingest.validate.ProfileNormaliser;
import io.seamgraph.ingest.validate.SourceRules;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/** Mapped profile rows to normalised ones, each with its issues. */
public final class NormaliseProfiles {

    public static final StructType SCHEMA = IssueRows.withBookkeeping(new StructType()
        .add("key", DataTypes.StringType)
        .add("source", DataTypes.StringType)
        .add("system", DataTypes.StringType)
        .add("businessUnit", DataTypes.StringType)
        .add("recordId", DataTypes.StringType)
        .add("givenName", DataTypes.StringType)
        .add("familyName", DataTypes.StringType)
        .add("fullName", DataTypes.StringType)
        .add("dateOfBirth", DataTypes.StringType)
        .add("addressLine", DataTypes.StringType)
        .add("houseNumber", DataTypes.StringType)
        .add("addressLine2", DataTypes.StringType)
        .add("city", DataTypes.StringType)
        .add("postcode", DataTypes.StringType)
        .add("region", DataTypes.StringType)
        .add("country", DataTypes.StringType)
        .add("nationalId", DataTypes.StringType)
        .add("updatedAt", DataTypes.StringType)
        .add("identities", DataTypes.createMapType(DataTypes.StringType, DataTypes.createArrayType(DataTypes.StringType)))
        .add("consents", DataTypes.createArrayType(new StructType()
            .add("purpose", DataTypes.StringType)
            .add("granted", DataTypes.BooleanType)
            .add("at", DataTypes.StringType))));

    private NormaliseProfiles() {
    }

    public static Dataset<Row> apply(Dataset<Row> mapped, SourceRules rules) {
        ProfileNormaliser normaliser = new ProfileNormaliser(rules);
        MapFunction<Row, Row> toNormalised = row -> toRow(normaliser.normalise(new RowValues(row)), rules, row);
        return mapped.map(toNormalised, Encoders.row(SCHEMA));
    }

    private static Row toRow(NormalisedProfile p, SourceRules rules, Row mapped) {
        Object[] consents = p.consents().stream()
            .map(c -> RowFactory.create(c.purpose(), c.granted(), c.at())).toArray();
        java.util.Map<String, scala.collection.Seq<String>> identities = new java.util.LinkedHashMap<>();
        p.identities().forEach((kind, values) -> identities.put(kind, seq(values)));
        return RowFactory.create(p.key(), rules.source(), rules.system(), rules.businessUnit(), p.recordId(),
            p.givenName(), p.familyName(), p.fullName(), p.dateOfBirth(), p.addressLine(), p.houseNumber(),
            p.addressLine2(), p.city(), p.postcode(), p.region(), p.country(), p.nationalId(), p.updatedAt(),
            scala.collection.immutable.Map.from(CollectionConverters.asScala(identities)),
            seq(List.of(consents)),
            seq(List.of(IssueRows.toRows(p.issues()))), p.rejected(),
            mapped.getAs(SourceReader.FILE), mapped.getAs(SourceReader.RAW));
    }

    static <T> scala.collection.Seq<T> seq(List<T> values) {
        return CollectionConverters.asScala(values).toSeq();
    }
}
