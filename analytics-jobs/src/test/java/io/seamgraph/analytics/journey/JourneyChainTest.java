package io.seamgraph.analytics.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.seamgraph.testsupport.SparkSessionExtension;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkSessionExtension.class)
class JourneyChainTest {

    private static final StructType SCHEMA = new StructType()
        .add("customerId", DataTypes.StringType).add("key", DataTypes.StringType).add("atMillis", DataTypes.LongType)
        .add("businessUnit", DataTypes.StringType).add("channel", DataTypes.StringType);

    @Test
    void steps_are_ordered_by_time_and_carry_gap_handoff_and_channel_switch(SparkSession spark) {
        Dataset<Row> touchpoints = spark.createDataFrame(List.of(
            RowFactory.create("C-1", "t3", 7_200_000L, "billing", "phone"),
            RowFactory.create("C-1", "t1", 0L, "customer_service", "chat"),
            RowFactory.create("C-1", "t2", 60_000L, "customer_service", "phone"),
            RowFactory.create("C-2", "u1", 5_000L, "marketing", "email")), SCHEMA);

        List<Row> steps = JourneyChain.build(touchpoints).orderBy("customerId", "seq").collectAsList();

        assertThat(steps).extracting(r -> r.getAs("key"), r -> r.getAs("seq"), r -> r.getAs("previousKey"),
                r -> r.getAs("gapSeconds"), r -> r.getAs("handoff"), r -> r.getAs("channelSwitch"))
            .containsExactly(
                tuple("t1", 0, null, null, false, false),
                tuple("t2", 1, "t1", 60L, false, true),
                tuple("t3", 2, "t2", 7140L, true, false),
                tuple("u1", 0, null, null, false, false));
    }

    @Test
    void touchpoints_at_the_same_instant_are_ordered_by_key_so_reruns_agree(SparkSession spark) {
        Dataset<Row> touchpoints = spark.createDataFrame(List.of(
            RowFactory.create("C-1", "b", 1000L, "sales", "phone"),
            RowFactory.create("C-1", "a", 1000L, "sales", "phone")), SCHEMA);

        assertThat(JourneyChain.build(touchpoints).orderBy("seq").collectAsList())
            .extracting(r -> r.getAs("key")).containsExactly("a", "b");
    }
}
