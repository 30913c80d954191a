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

    @Test
    void fires_when_the_customers_conversations_are_spread_so_that_no_unit_holds_half_of_them(SparkSession spark) {
        Journeys j = Journeys.customer("C-spread");
        j.out(0, "marketing", "email", f().type("newsletter"));
        String first = j.in(24, "customer_service", "chat", f().topic("account_access").outcome("resolved"));
        String second = j.in(240, "billing", "phone", f().topic("billing_query").outcome("resolved"));
        j.in(300, "ecommerce", "web", f().type("product_view"));
        String third = j.in(480, "sales", "phone", f().topic("product_question").outcome("completed"));

        List<Row> found = Journeys.detect(detector, j.journeys(spark, 600.0));

        assertThat(found).singleElement().satisfies(g -> {
            assertThat(Journeys.evidence(g)).as("the conversations only, not the web visit")
                .containsExactly(first, second, third);
            assertThat(g.getList(g.fieldIndex("units"))).containsExactly("billing", "customer_service", "sales");
            assertThat((Double) g.getAs("severity")).isCloseTo(0.5 + 0.5 * (1 - (1.0 / 3) / 0.5),
                org.assertj.core.api.Assertions.within(1e-9));
        });
    }

    @Test
    void a_unit_with_half_the_conversations_owns_the_relationship_and_too_few_are_not_judged(SparkSession spark) {
        Journeys j = Journeys.customer("C-half");
        j.in(24, "customer_service", "chat", f().outcome("resolved"));
        j.in(48, "customer_service", "phone", f().outcome("resolved"));
        j.in(72, "billing", "phone", f().outcome("resolved"));
        j.in(96, "sales", "phone", f().outcome("completed"));
        j.and("C-two");
        j.in(24, "customer_service", "chat", f().outcome("resolved"));
        j.in(72, "billing", "phone", f().outcome("resolved"));
        j.and("C-browsing");
        j.in(24, "customer_service", "chat", f().outcome("resolved"));
        j.in(50, "ecommerce", "web", f());
        j.in(60, "retail_stores", "store", f());
        j.in(72, "billing", "phone", f().outcome("resolved"));

        assertThat(Journeys.detect(detector, j.journeys(spark, 600.0))).isEmpty();
    }
}
