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
class UnresolvedChannelSwitchTest {

    private final GapDetector detector = new UnresolvedChannelSwitch(GapConfig.defaults());

    @Test
    void fires_when_an_unresolved_chat_is_followed_by_a_call_on_the_topic_within_a_day(SparkSession spark) {
        Journeys j = Journeys.customer("C-1");
        String a = j.in(0, "customer_service", "chat", f().topic("delivery").outcome("unresolved"));
        j.out(2, "marketing", "email", f().type("promo"));
        String b = j.in(20, "billing", "phone", f().topic("delivery").outcome("resolved"));

        List<Row> found = Journeys.detect(detector, j.journeys(spark, null));

        assertThat(found).singleElement().satisfies(g -> {
            assertThat(Journeys.evidence(g)).containsExactly(a, b);
            assertThat(g.<Double>getAs("severity")).isEqualTo(0.8);
            assertThat(g.<Long>getAs("atMillis")).isEqualTo(Journeys.T0 + 20 * Journeys.HOUR);
        });
    }

    @Test
    void does_not_fire_for_the_same_channel_a_resolved_first_contact_or_a_switch_after_the_window(SparkSession spark) {
        Journeys j = Journeys.customer("C-same-channel");
        j.in(0, "customer_service", "chat", f().topic("delivery").outcome("unresolved"));
        j.in(3, "customer_service", "chat", f().topic("delivery").outcome("resolved"));
        j.and("C-resolved");
        j.in(0, "customer_service", "chat", f().topic("delivery").outcome("resolved"));
        j.in(3, "customer_service", "phone", f().topic("delivery").outcome("resolved"));
        j.and("C-late");
        j.in(0, "customer_service", "chat", f().topic("delivery").outcome("unresolved"));
        j.in(25, "customer_service", "phone", f().topic("delivery").outcome("resolved"));
        j.and("C-web");
        j.in(0, "customer_service", "chat", f().topic("delivery").outcome("unresolved"));
        j.in(2, "ecommerce", "web", f().topic("delivery"));

        assertThat(Journeys.detect(detector, j.journeys(spark, null))).isEmpty();
    }
}
