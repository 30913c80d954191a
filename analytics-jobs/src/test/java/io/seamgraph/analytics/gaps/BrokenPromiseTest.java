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
class BrokenPromiseTest {

    private final GapDetector detector = new BrokenPromise(GapConfig.defaults());

    @Test
    void fires_for_a_callback_made_late_and_a_delivery_never_made(SparkSession spark) {
        Journeys j = Journeys.customer("C-callback");
        String call = j.in(0, "customer_service", "phone", f().outcome("callback_promised").promise("callback", 24));
        j.out(10, "customer_service", "email", f());
        String late = j.out(72, "customer_service", "phone", f().type("callback"));
        j.and("C-delivery");
        String order = j.in(0, "ecommerce", "web", f().type("order").caseId("ORD-1").promise("delivery", 72));
        j.out(48, "ecommerce", "web", f().type("delivery").caseId("ORD-2"));

        List<Row> found = Journeys.detect(detector, j.journeys(spark, 500.0));

        assertThat(found).extracting(Journeys::evidence).containsExactlyInAnyOrder(List.of(call, late), List.of(order));
        assertThat(found).filteredOn(g -> g.<String>getAs("customerId").equals("C-delivery"))
            .singleElement().satisfies(g -> assertThat(g.<Double>getAs("severity")).isEqualTo(1.0));
    }

    @Test
    void does_not_fire_for_promises_kept_in_time_or_not_yet_due(SparkSession spark) {
        Journeys j = Journeys.customer("C-kept");
        j.in(0, "customer_service", "chat", f().topic("refund").promise("refund", 120));
        j.out(100, "billing", "email", f().type("refund"));
        j.and("C-delivered");
        j.in(0, "ecommerce", "web", f().type("order").caseId("ORD-1").promise("delivery", 72));
        j.out(48, "ecommerce", "web", f().type("delivery").caseId("ORD-1"));
        j.and("C-not-due");
        j.in(0, "customer_service", "phone", f().promise("callback", 600));

        assertThat(Journeys.detect(detector, j.journeys(spark, 500.0))).isEmpty();
    }
}
