package io.seamgraph.ingest.documents;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.initcap;
import static org.apache.spark.sql.functions.regexp_replace;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Accepted, analysed documents shaped as the events the queries in {@code cypher/queries/documents} expect. */
final class DocumentGraphRows {

    // Who the customer is in a message: its author, or for an outbound message its recipient.
    private static final String MENTIONS = """
        array_distinct(concat(
          filter(array(
            named_struct('key', concat('email:', authorEmail), 'kind', 'email', 'value', authorEmail, 'role', 'author', 'field', 'authorEmail'),
            named_struct('key', concat('phone:', authorPhone), 'kind', 'phone', 'value', authorPhone, 'role', 'author', 'field', 'authorPhone'),
            named_struct('key', concat('handle:', authorHandle), 'kind', 'handle', 'value', authorHandle, 'role', 'author', 'field', 'authorHandle'),
            named_struct('key', concat('email:', recipientEmail), 'kind', 'email', 'value', recipientEmail, 'role', 'recipient', 'field', 'recipientEmail')),
            m -> m.value IS NOT NULL),
          transform(bodyEmails, v -> named_struct('key', concat('email:', v), 'kind', 'email', 'value', v, 'role', 'body', 'field', 'text')),
          transform(bodyPhones, v -> named_struct('key', concat('phone:', v), 'kind', 'phone', 'value', v, 'role', 'body', 'field', 'text')),
          transform(bodyHandles, v -> named_struct('key', concat('handle:', v), 'kind', 'handle', 'value', v, 'role', 'body', 'field', 'text')),
          transform(filter(patterns, p -> p LIKE 'account:%'),
            p -> named_struct('key', p, 'kind', 'account', 'value', substring(p, 9), 'role', 'body', 'field', 'text'))))
        """;

    private DocumentGraphRows() {
    }

    static Dataset<Row> documents(Dataset<Row> accepted) {
        return accepted.select("key", "source", "system", "documentType", "channel", "businessUnit", "documentId", "at",
            "direction", "subject", "text", "rating", "authorName", "authorHandle", "authorEmail", "authorPhone",
            "recipientEmail", "personKey", "caseId", "language", "sentences", "tokens", "sentiment", "sentimentScore",
            "topic", "topicConfidence", "brandMarkers", "promiseType", "promiseDueAt", "promisePhrase");
    }

    static Dataset<Row> mentions(Dataset<Row> accepted) {
        return accepted.select(col("key"), expr(MENTIONS).as("mentions"));
    }

    static Dataset<Row> orders(Dataset<Row> accepted) {
        return accepted.select(col("key"),
            expr("transform(filter(patterns, p -> p LIKE 'order:%'), p -> substring(p, 7))").as("orders"));
    }

    static Dataset<Row> topics(Dataset<Row> accepted) {
        return accepted.filter(col("topic").isNotNull())
            .select(col("key"), col("topic"), initcap(regexp_replace(col("topic"), "[_-]", " ")).as("topicName"));
    }

    static Dataset<Row> touchpoints(Dataset<Row> accepted) {
        return accepted.filter(DocumentIngest.interaction())
            .select(col("key"), col("source"), col("system"), col("documentId").as("interactionId"),
                col("documentType").as("type"), col("channel"), col("businessUnit"), col("direction"), col("at"),
                col("topic"), col("text"), col("caseId"), col("promiseType"), col("promiseDueAt"),
                col("promiseType").isNotNull().as("promiseFromText"));
    }
}
