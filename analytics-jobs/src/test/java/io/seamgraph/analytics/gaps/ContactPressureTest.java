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
class ContactPressureTest {

    private final GapDetector detector = new ContactPressure(GapConfig.defaults());

    @Test
    void fires_once_for_five_messages_from_two_units_within_a_day(SparkSession spark) {
        Journeys j = Journeys.customer("C-1");
        String first = j.out(0, "marketing", "email", f().type("promo"));
        j.out(1, "marketing", "sms", f().type("promo"));
        j.out(2, "billing", "email", f().type("invoice"));
        j.out(3, "billing", "email", f().type("payment_reminder"));
        String last = j.out(23, "billing", "sms", f().type("payment_reminder"));
        j.in(4, "customer_service", "chat", f().topic("payment"));

        List<Row> found = Journeys.detect(detector, j.journeys(spark, null));

        assertThat(found).singleElement().satisfies(g -> {
            assertThat(Journeys.evidence(g)).hasSize(5).startsWith(first).endsWith(last);
            assertThat(g.<Double>getAs("severity")).isEqualTo(0.625);
        });
    }

    @Test
    void does_not_fire_for_four_messages_one_unit_or_messages_spread_over_more_than_a_day(SparkSession spark) {
        Journeys j = Journeys.customer("C-four");
        for (int i = 0; i < 4; i++) {
            j.out(i, i % 2 == 0 ? "marketing" : "billing", "email", f());
        }
        j.and("C-one-unit");
        for (int i = 0; i < 6; i++) {
            j.out(i, "marketing", "email", f());
        }
        j.and("C-spread");
        for (int i = 0; i < 6; i++) {
            j.out(i * 7, i % 2 == 0 ? "marketing" : "billing", "email", f());
        }

        assertThat(Journeys.detect(detector, j.journeys(spark, null))).isEmpty();
    }
}
