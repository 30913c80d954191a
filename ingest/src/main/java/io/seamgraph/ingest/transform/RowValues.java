package io.seamgraph.ingest.transform;

import io.seamgraph.ingest.read.CanonicalMapper;
import io.seamgraph.ingest.validate.MappedValues;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import scala.jdk.javaapi.CollectionConverters;

/** Reads a mapped Spark row through the {@link MappedValues} view the pure normalisers take. */
final class RowValues implements MappedValues {

    private final Row row;

    RowValues(Row row) {
        this.row = row;
    }

    @Override
    public String single(String field) {
        return row.getAs(field);
    }

    @Override
    public List<String> multi(String field) {
        scala.collection.Seq<String> cells = row.getAs(field);
        return cells == null ? List.of() : new ArrayList<>(CollectionConverters.asJava(cells));
    }

    @Override
    public List<RawConsent> consents() {
        scala.collection.Seq<Row> consents = row.getAs(CanonicalMapper.CONSENTS);
        List<RawConsent> out = new ArrayList<>();
        if (consents != null) {
            for (Row c : CollectionConverters.asJava(consents)) {
                out.add(new RawConsent(c.getString(0), c.getString(1), c.getString(2)));
            }
        }
        return out;
    }
}
