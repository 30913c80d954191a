package io.seamgraph.analytics.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.seamgraph.testsupport.SparkSessionExtension;
import java.time.Duration;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkSessionExtension.class)
class DocumentAttachmentsTest {

    private static final long T0 = 1_700_000_000L;
    private static final long MINUTE = 60;

    private static Row doc(String key, String customer, String channel, String unit, long at, String caseId) {
        return RowFactory.create(key, customer, channel, unit, "inbound", at, caseId);
    }

    private static Row touch(String key, String customer, String channel, String unit, long at, String caseId) {
        return RowFactory.create(key, customer, channel, unit, null, at, caseId, false);
    }

    private static Row documentTouch(String key, String customer, String channel, String unit, long at, String caseId) {
        return RowFactory.create(key, customer, channel, unit, null, at, caseId, true);
    }

    private static List<Row> attach(SparkSession spark, List<Row> documents, List<Row> touchpoints) {
        Dataset<Row> d = spark.createDataFrame(documents, LinkDocumentsJob.ATTACH_DOCUMENTS);
        Dataset<Row> t = spark.createDataFrame(touchpoints, LinkDocumentsJob.ATTACH_TOUCHPOINTS);
        return DocumentAttachments.attach(d, t, new AttachOptions(Duration.ofMinutes(30)))
            .orderBy("documentKey").collectAsList();
    }

    @Test
    void a_shared_case_id_attaches_to_that_case_on_the_same_channel_nearest_in_time(SparkSession spark) {
        List<Row> out = attach(spark,
            List.of(doc("chats:c1", "C-1", "chat", "customer_service", T0, "TCK-1")),
            List.of(
                // The case's e-mail reply is nearer in time, but the chat message is on the document's channel.
                touch("helpdesk:m2", "C-1", "email", "customer_service", T0 + 5 * MINUTE, "TCK-1"),
                // Hours away: outside the tolerance, yet the case decides.
                touch("helpdesk:m1", "C-1", "chat", "customer_service", T0 - 3 * 3600, "TCK-1"),
                // The same channel at the same instant, but another case: case evidence outranks time.
                touch("helpdesk:m9", "C-1", "chat", "customer_service", T0, "TCK-9")));

        assertThat(out).extracting(r -> r.getAs("documentKey"), r -> r.getAs("touchpointKey"), r -> r.getAs("attachMethod"))
            .containsExactly(tuple("chats:c1", "helpdesk:m1", "case-id"));
    }

    @Test
    void without_a_case_the_nearest_touchpoint_on_the_channel_within_the_tolerance_wins(SparkSession spark) {
        List<Row> out = attach(spark,
            List.of(doc("calls:a", "C-1", "phone", "customer_service", T0, null),
                doc("calls:tie", "C-2", "phone", null, T0, null)),
            List.of(
                touch("callcentre:far", "C-1", "phone", "customer_service", T0 + 20 * MINUTE, null),
                touch("callcentre:near", "C-1", "phone", "customer_service", T0 - 4 * MINUTE, "TCK-3"),
                // Equally near on either side: the smaller key, whatever order the rows come in.
                touch("callcentre:z", "C-2", "phone", "billing", T0 + 10 * MINUTE, null),
                touch("callcentre:b", "C-2", "phone", "billing", T0 - 10 * MINUTE, null)));

        assertThat(out).extracting(r -> r.getAs("documentKey"), r -> r.getAs("touchpointKey"), r -> r.getAs("attachMethod"))
            .containsExactly(
                tuple("calls:a", "callcentre:near", "channel-time"),
                tuple("calls:tie", "callcentre:b", "channel-time"));
    }

    @Test
    void near_misses_do_not_attach(SparkSession spark) {
        List<Row> out = attach(spark,
            List.of(
                doc("late", "C-1", "phone", "customer_service", T0, null),
                doc("channel", "C-1", "chat", "customer_service", T0, null),
                doc("customer", "C-2", "phone", "customer_service", T0, "TCK-1"),
                doc("unit", "C-3", "email", "billing", T0, null),
                doc("edge", "C-4", "email", "billing", T0, null),
                doc("twin", "C-5", "chat", "customer_service", T0, "TCK-5"),
                doc("reply", "C-6", "email", "customer_service", T0, null)),
            List.of(
                // 30 minutes and one second away.
                touch("tp:late", "C-1", "phone", "customer_service", T0 + 30 * MINUTE + 1, null),
                // C-1's document on chat, the touchpoint on phone at the same instant.
                touch("tp:phone", "C-1", "phone", "customer_service", T0 - 40 * MINUTE, null),
                // Case and time agree, but it is another customer's touchpoint.
                touch("tp:other", "C-9", "phone", "customer_service", T0, "TCK-1"),
                // Same channel and time, another unit.
                touch("tp:unit", "C-3", "email", "customer_service", T0, null),
                // Exactly at the tolerance: attaches (the bound is inclusive).
                touch("tp:edge", "C-4", "email", "billing", T0 - 30 * MINUTE, null),
                // Another document's own touchpoint, on the same case, channel and instant: documents attach only to
                // what an internal system logged.
                documentTouch("chats:other", "C-5", "chat", "customer_service", T0, "TCK-5"),
                // The agent's reply, a minute after the customer's inbound e-mail.
                RowFactory.create("tp:reply", "C-6", "email", "customer_service", "outbound", T0 + MINUTE, null, false)));

        assertThat(out).extracting(r -> r.getAs("documentKey"), r -> r.getAs("touchpointKey"))
            .containsExactly(tuple("edge", "tp:edge"));
    }

    @Test
    void one_document_never_attaches_to_two_touchpoints(SparkSession spark) {
        List<Row> out = attach(spark,
            List.of(doc("mail", "C-1", "email", "customer_service", T0, "TCK-1")),
            List.of(
                touch("tp:a", "C-1", "email", "customer_service", T0 + MINUTE, "TCK-1"),
                touch("tp:b", "C-1", "email", "customer_service", T0 + MINUTE, "TCK-1"),
                touch("tp:c", "C-1", "email", "customer_service", T0, null)));

        assertThat(out).extracting(r -> r.getAs("documentKey"), r -> r.getAs("touchpointKey"))
            .containsExactly(tuple("mail", "tp:a"));
    }
}
