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
class SilenceTest {

    private final GapDetector detector = new Silence(GapConfig.defaults());

    @Test
    void fires_for_three_weeks_of_nothing_after_a_purchase_not_counting_its_own_delivery(SparkSession spark) {
        Journeys j = Journeys.customer("C-order");
        String order = j.in(0, "ecommerce", "web", f().type("order").caseId("ORD-1"));
        j.out(48, "ecommerce", "email", f().type("delivery").caseId("ORD-1"));
        j.in(30 * 24, "ecommerce", "web", f().type("product_view"));
        j.and("C-open");
        String open = j.in(0, "customer_service", "phone", f().topic("refund").outcome("unresolved"));

        List<Row> found = Journeys.detect(detector, j.journeys(spark, 60.0 * 24));

        assertThat(found).extracting(Journeys::evidence).containsExactlyInAnyOrder(List.of(order), List.of(open));
        assertThat(found).extracting(g -> g.<Double>getAs("severity")).allMatch(s -> s >= 0.5 && s <= 1.0);
    }

    @Test
    void does_not_fire_when_anything_happens_within_three_weeks_or_the_window_ends_first(SparkSession spark) {
        Journeys j = Journeys.customer("C-heard");
        j.in(0, "ecommerce", "web", f().type("order").caseId("ORD-1"));
        j.out(20 * 24, "marketing", "email", f().type("newsletter"));
        j.and("C-too-recent");
        j.in(50 * 24, "ecommerce", "web", f().type("order").caseId("ORD-2"));
        j.and("C-outbound-order");
        j.out(0, "ecommerce", "web", f().type("order"));
        j.and("C-resolved");
        j.in(0, "customer_service", "phone", f().topic("refund").outcome("resolved"));

        assertThat(Journeys.detect(detector, j.journeys(spark, 60.0 * 24))).isEmpty();
    }
}
