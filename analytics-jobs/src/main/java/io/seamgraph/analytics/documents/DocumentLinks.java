package io.seamgraph.analytics.documents;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Decides which customer each document belongs to. Evidence comes in ranks of trust (the source's person id, the
 * author, an order number, an account number, identifiers in the body); the most trusted rank that finds anyone
 * decides. One customer there: linked, by the most specific method that found them. Several: unlinked as
 * ambiguous, rather than guessed, and lower ranks are not asked (they are weaker than the conflict). None in any
 * rank: unlinked, with why. Every document comes out, linked or not: none is dropped.
 */
public final class DocumentLinks {

    private DocumentLinks() {
    }

    /**
     * @param documents  documentKey, hasIdentifiers
     * @param candidates documentKey, rank, method, priority, customerId, recordKey (documents/read-link-candidates)
     * @return documentKey, linked, customerId, linkMethod, recordKey, unlinkedReason
     */
    public static Dataset<Row> choose(Dataset<Row> documents, Dataset<Row> candidates) {
        Dataset<Row> bestRank = candidates.groupBy("documentKey").agg(min("rank").as("bestRank"));
        Dataset<Row> decisive = candidates.join(bestRank, "documentKey")
            .filter(col("rank").equalTo(col("bestRank")));
        Dataset<Row> customers = decisive.groupBy("documentKey")
            .agg(size(collect_set("customerId")).as("customers"),
                min(struct(col("priority"), col("method"), col("customerId"), col("recordKey"))).as("best"));
        Dataset<Row> decided = documents.join(customers, documents.col("documentKey").equalTo(customers.col("documentKey")), "left").drop(customers.col("documentKey"));
        Column linked = col("customers").equalTo(1);
        return decided.select(
            col("documentKey"),
            when(linked, true).otherwise(false).as("linked"),
            when(linked, col("best.customerId")).as("customerId"),
            when(linked, col("best.method")).as("linkMethod"),
            when(linked, col("best.recordKey")).as("recordKey"),
            when(col("customers").gt(1), concat(lit("ambiguous: "), col("customers").cast("string"), lit(" customers")))
                .when(col("customers").isNull().and(col("hasIdentifiers")), lit("no-known-customer"))
                .when(col("customers").isNull(), lit("no-identifier"))
                .as("unlinkedReason"));
    }

}
