package io.seamgraph.analytics.documents;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Finds the existing touchpoint a linked interaction document transcribes, so the journey holds a contact once.
 * Only touchpoints of the document's own customer that are not themselves documents are candidates. A shared case id
 * decides first (of that case's touchpoints: the same channel, then the same direction, then the nearest in time);
 * else the same channel (and unit and direction, when both know theirs) within the tolerance, the nearest in time.
 * Ties go to the smaller touchpoint key, so a re-run picks the same one. A document attaches to one touchpoint at
 * most; one with none keeps its own.
 */
public final class DocumentAttachments {

    public static final String BY_CASE = "case-id";
    public static final String BY_CHANNEL_TIME = "channel-time";
    static final StructType OUTPUT = new StructType().add("documentKey", DataTypes.StringType)
        .add("touchpointKey", DataTypes.StringType).add("attachMethod", DataTypes.StringType);

    private DocumentAttachments() {
    }

    /**
     * @param documents   documentKey, customerId, channel, businessUnit, direction, at (epoch seconds), caseId: linked
     *                    interaction documents (documents/read-attach-documents)
     * @param touchpoints touchpointKey, customerId, channel, businessUnit, direction, at (epoch seconds), caseId,
     *                    fromDocument: the touchpoints of those customers (documents/read-attach-touchpoints)
     * @return documentKey, touchpointKey, attachMethod: one row per attached document
     */
    public static Dataset<Row> attach(Dataset<Row> documents, Dataset<Row> touchpoints, AttachOptions options) {
        Dataset<Row> d = documents.alias("d");
        Dataset<Row> t = touchpoints.filter(col("fromDocument").equalTo(false)).alias("t");
        Column sameCase = col("d.caseId").isNotNull().and(col("d.caseId").equalTo(col("t.caseId")));
        Column sameChannel = col("d.channel").equalTo(col("t.channel"));
        Column unitAgrees = agrees("businessUnit");
        // An agent's reply is not the customer's message it answers, however close in time.
        Column directionAgrees = agrees("direction");
        Column apart = abs(col("d.at").minus(col("t.at")));
        Column nearOnChannel = sameChannel.and(unitAgrees).and(directionAgrees)
            .and(apart.leq(options.tolerance().toSeconds()));
        Dataset<Row> candidates = d.join(t, col("d.customerId").equalTo(col("t.customerId")))
            .filter(sameCase.or(nearOnChannel))
            .select(col("d.documentKey").as("documentKey"),
                struct(when(sameCase, 0).otherwise(1).as("rank"),
                    when(sameChannel, 0).otherwise(1).as("otherChannel"),
                    when(directionAgrees, 0).otherwise(1).as("otherDirection"),
                    apart.as("apart"),
                    col("t.touchpointKey").as("touchpointKey"),
                    when(sameCase, lit(BY_CASE)).otherwise(lit(BY_CHANNEL_TIME)).as("attachMethod")).as("c"));
        return candidates.groupBy("documentKey").agg(min("c").as("best"))
            .select(col("documentKey"), col("best.touchpointKey").as("touchpointKey"),
                col("best.attachMethod").as("attachMethod"));
    }

    /** The document and the touchpoint say the same, or one of them does not say. */
    private static Column agrees(String field) {
        return col("d." + field).isNull().or(col("t." + field).isNull())
            .or(col("d." + field).equalTo(col("t." + field)));
    }
}
