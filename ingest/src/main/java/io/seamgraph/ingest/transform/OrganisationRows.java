package io.seamgraph.ingest.transform;

import io.seamgraph.contract.BusinessUnitDefinition;
import io.seamgraph.contract.ConsentMapping;
import io.seamgraph.contract.SourcesConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The organisation the sources YAML declares, as rows for the write queries: units, channels, systems, purposes. */
public final class OrganisationRows {

    private static final StructType KEY_NAME = new StructType()
        .add("key", DataTypes.StringType).add("name", DataTypes.StringType);

    private OrganisationRows() {
    }

    public static Dataset<Row> businessUnits(SparkSession spark, SourcesConfig config) {
        return spark.createDataFrame(config.businessUnits().stream()
            .map(u -> RowFactory.create(u.key(), u.name())).toList(), KEY_NAME);
    }

    public static Dataset<Row> channels(SparkSession spark, SourcesConfig config) {
        return spark.createDataFrame(config.channels().stream()
            .map(c -> RowFactory.create(c.key(), c.name())).toList(), KEY_NAME);
    }

    public static Dataset<Row> unitChannels(SparkSession spark, SourcesConfig config) {
        List<Row> links = new ArrayList<>();
        for (BusinessUnitDefinition unit : config.businessUnits()) {
            unit.channels().forEach(channel -> links.add(RowFactory.create(unit.key(), channel)));
        }
        return spark.createDataFrame(links, new StructType()
            .add("unit", DataTypes.StringType).add("channel", DataTypes.StringType));
    }

    /** One row per system, owned by the unit of its first declared source. */
    public static Dataset<Row> systems(SparkSession spark, SourcesConfig config) {
        Map<String, String> systems = new TreeMap<>();
        config.sources().forEach(s -> systems.putIfAbsent(s.system(), s.businessUnit()));
        return spark.createDataFrame(systems.entrySet().stream()
            .map(e -> RowFactory.create(e.getKey(), e.getValue())).toList(), new StructType()
            .add("key", DataTypes.StringType).add("unit", DataTypes.StringType));
    }

    public static Dataset<Row> purposes(SparkSession spark, SourcesConfig config) {
        return spark.createDataFrame(config.sources().stream().flatMap(s -> s.consents().stream())
            .map(ConsentMapping::purpose).distinct().sorted().map(p -> RowFactory.create(p)).toList(),
            new StructType().add("key", DataTypes.StringType));
    }
}
