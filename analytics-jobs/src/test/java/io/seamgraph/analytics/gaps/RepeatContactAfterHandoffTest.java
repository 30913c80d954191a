package io.seamgraph.analytics.gaps;

import static io.seamgraph.analytics.gaps.Journeys.f;
import static org.assertj.core.api.Assertions.assertThat;

import io.seamgraph.testsupport.SparkSessionExtension;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkSessionExtension.class)
class RepeatContactAfterHandoffTest {

    private final GapDetector detector = new RepeatContactAfterHandoff(GapConfig.defaults());

    @Test
    void fires_when_the_customer_comes_back_on_the_topic_after_a_transfer_to_another_unit(SparkSession spark) {
        Journeys j = Journeys.customer("C-1");
        String a = j.in(0, "customer_service", "chat", f().topic("billing_query").outcome("transferred"));
        String b = j.in(0.5, "billing", "phone", f().topic("billing_query").outcome("resolved"));
        j.out(24, "marketing", "email", f().type("newsletter"));
        String c = j.in(72, "customer_service", "phone", f().topic("billing_query").outcome("resolved"));

        List<Row> found = Journeys.detect(detector, j.journeys(spark, null));

        assertThat(found).hasSize(1);
        assertThat(Journeys.evidence(found.get(0))).containsExactly(a, b, c);
        assertThat(found.get(0).<String>getAs("key")).isEqualTo("repeat_contact_after_handoff:C-1:" + a);
        assertThat(found.get(0).getList(found.get(0).fieldIndex("units"))).containsExactly("billing", "customer_service");
        assertThat(found.get(0).<Double>getAs("severity")).isBetween(0.5, 1.0);
    }

    @Test
    void does_not_fire_for_a_transfer_within_one_unit_a_late_return_or_an_other_topic(SparkSession spark) {
        Journeys j = Journeys.customer("C-same-unit");
        j.in(0, "customer_service", "chat", f().topic("refund").outcome("transferred"));
        j.in(1, "customer_service", "phone", f().topic("refund").outcome("resolved"));
        j.in(48, "customer_service", "chat", f().topic("refund"));
        j.and("C-late");
        j.in(0, "customer_service", "chat", f().topic("refund").outcome("transferred"));
        j.in(1, "billing", "phone", f().topic("refund").outcome("resolved"));
        j.in(1 + 8 * 24, "customer_service", "chat", f().topic("refund"));
        j.and("C-other-topic");
        j.in(0, "customer_service", "chat", f().topic("refund").outcome("transferred"));
        j.in(1, "billing", "phone", f().topic("refund").outcome("resolved"));
        j.in(30, "customer_service", "chat", f().topic("delivery"));
        j.and("C-no-transfer");
        j.in(0, "customer_service", "chat", f().topic("refund").outcome("resolved"));
        j.in(1, "billing", "phone", f().topic("refund").outcome("resolved"));
        j.in(30, "customer_service", "chat", f().topic("refund"));
        j.and("C-outbound-return");
        j.in(0, "customer_service", "chat", f().topic("refund").outcome("transferred"));
        j.in(1, "billing", "phone", f().topic("refund").outcome("resolved"));
        j.out(30, "billing", "email", f().topic("refund"));

        assertThat(Journeys.detect(detector, j.journeys(spark, null))).isEmpty();
    }
}
