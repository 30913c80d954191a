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
class NoOwnerTest {

    private final GapDetector detector = new NoOwner(GapConfig.defaults());

    @Test
    void fires_when_the_last_message_of_a_multi_unit_customer_is_never_answered(SparkSession spark) {
        Journeys j = Journeys.customer("C-1");
        j.out(0, "marketing", "email", f().type("newsletter"));
        String last = j.in(100, "billing", "email", f().type("query").topic("billing_query"));
        j.in(120, "ecommerce", "web", f().type("product_view"));

        List<Row> found = Journeys.detect(detector, j.journeys(spark, 200.0));

        assertThat(found).singleElement().satisfies(g -> {
            assertThat(Journeys.evidence(g)).containsExactly(last);
            assertThat(g.getList(g.fieldIndex("units"))).containsExactly("billing", "ecommerce", "marketing");
        });
    }

    @Test
    void does_not_fire_when_answered_handled_single_unit_or_too_recent_to_judge(SparkSession spark) {
        Journeys j = Journeys.customer("C-answered");
        j.out(0, "marketing", "email", f());
        j.in(100, "billing", "email", f());
        j.out(130, "billing", "email", f());
        j.and("C-handled");
        j.out(0, "marketing", "email", f());
        j.in(100, "billing", "email", f().outcome("resolved"));
        j.and("C-one-unit");
        j.out(0, "billing", "email", f());
        j.in(100, "billing", "email", f());
        j.and("C-recent");
        j.out(0, "marketing", "email", f());
        j.in(180, "billing", "email", f());

        assertThat(Journeys.detect(detector, j.journeys(spark, 200.0))).isEmpty();
    }
}
