package io.seamgraph.ingest.transform;

import io.seamgraph.ingest.validate.Issue;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The {@code _issues} column every normalised row carries. */
final class IssueRows {

    static final String ISSUES = "_issues";
    static final String REJECTED = "_rejected";

    static final StructType ISSUE = new StructType()
        .add("field", DataTypes.StringType)
        .add("value", DataTypes.StringType)
        .add("reason", DataTypes.StringType)
        .add("action", DataTypes.StringType);

    private IssueRows() {
    }

    static Object[] toRows(List<Issue> issues) {
        return issues.stream()
            .map(i -> RowFactory.create(i.field(), i.value(), i.reason(), i.action().name().toLowerCase(java.util.Locale.ROOT)))
            .toArray(Row[]::new);
    }

    static StructType withBookkeeping(StructType schema) {
        return schema
            .add(ISSUES, DataTypes.createArrayType(ISSUE))
            .add(REJECTED, DataTypes.BooleanType)
            .add("_file", DataTypes.StringType)
            .add("_raw", DataTypes.StringType);
    }
}
