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
class ConsentConflictTest {

    private final GapDetector detector = new ConsentConflict(GapConfig.defaults());

    @Test
    void fires_when_another_unit_contacts_for_a_purpose_withdrawn_in_one_system(SparkSession spark) {
        Journeys j = Journeys.customer("C-1").consent("marketing", "marketing_email", false, 10.0);
        j.out(5, "billing", "email", f().purpose("marketing_email"));
        String offer = j.out(50, "billing", "email", f().purpose("marketing_email").type("promo"));
        String survey = j.out(60, "customer_service", "email", f().purpose("marketing_email"));
        j.out(70, "marketing", "email", f().purpose("marketing_email"));

        List<Row> found = Journeys.detect(detector, j.journeys(spark, null));

        assertThat(found).singleElement().satisfies(g -> {
            assertThat(Journeys.evidence(g)).containsExactly(offer, survey);
            assertThat(g.getList(g.fieldIndex("units"))).containsExactly("billing", "customer_service", "marketing");
            assertThat(g.<Double>getAs("severity")).isCloseTo(0.7, org.assertj.core.data.Offset.offset(1e-9));
        });
    }

    @Test
    void does_not_fire_when_consent_was_granted_again_the_unit_itself_sends_or_the_withdrawal_has_no_time(SparkSession spark) {
        Journeys j = Journeys.customer("C-regranted")
            .consent("marketing", "marketing_email", false, 10.0).consent("ecommerce", "marketing_email", true, 20.0);
        j.out(50, "billing", "email", f().purpose("marketing_email"));
        j.and("C-own-unit").consent("marketing", "marketing_email", false, 10.0);
        j.out(50, "marketing", "email", f().purpose("marketing_email"));
        j.out(50, "billing", "email", f().purpose("service"));
        j.and("C-no-time").consent("marketing", "marketing_email", false, null);
        j.out(50, "billing", "email", f().purpose("marketing_email"));
        j.and("C-inbound").consent("marketing", "marketing_sms", false, 10.0);
        j.in(50, "billing", "sms", f().purpose("marketing_sms"));

        assertThat(Journeys.detect(detector, j.journeys(spark, null))).isEmpty();
    }
}
