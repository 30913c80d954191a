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
class BrandInconsistencyTest {

    private final GapDetector detector = new BrandInconsistency(GapConfig.defaults());

    @Test
    void fires_when_one_unit_sends_a_template_without_the_brand_the_others_carry(SparkSession spark) {
        Journeys j = Journeys.customer("C-1");
        String on = j.out(0, "marketing", "email", f().template("nl-weekly-v4", "brand-2026"));
        j.out(24, "marketing", "email", f().template("promo-v2", "brand-2026"));
        String off = j.out(48, "billing", "email", f().template("invoice-legacy-v1", null));

        List<Row> found = Journeys.detect(detector, j.journeys(spark, null));

        assertThat(found).singleElement().satisfies(g -> {
            assertThat(Journeys.evidence(g)).containsExactly(off, on);
            assertThat(g.getList(g.fieldIndex("units"))).containsExactly("billing", "marketing");
        });
    }

    @Test
    void does_not_fire_when_brands_agree_or_only_one_unit_sends_templates(SparkSession spark) {
        Journeys j = Journeys.customer("C-agree");
        j.out(0, "marketing", "email", f().template("nl-weekly-v4", "brand-2026"));
        j.out(48, "billing", "email", f().template("invoice-v5", "brand-2026"));
        j.out(50, "customer_service", "email", f());
        j.and("C-one-unit");
        j.out(0, "marketing", "email", f().template("nl-weekly-v4", "brand-2026"));
        j.out(48, "marketing", "email", f().template("agency-promo-2019", null));
        j.and("C-inbound");
        j.out(0, "marketing", "email", f().template("nl-weekly-v4", "brand-2026"));
        j.in(48, "billing", "email", f().template("reply", null));

        assertThat(Journeys.detect(detector, j.journeys(spark, null))).isEmpty();
    }
}
