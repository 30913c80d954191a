package io.seamgraph.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkSessionExtension.class)
class SparkSessionExtensionTest {

    private final SparkSession spark;

    SparkSessionExtensionTest(SparkSession spark) {
        this.spark = spark;
    }

    @Test
    void the_session_is_local_small_and_in_utc(SparkSession injected) {
        assertThat(injected).isSameAs(spark);
        assertThat(spark.sparkContext().master()).isEqualTo("local[2]");
        assertThat(spark.conf().get("spark.sql.shuffle.partitions")).isEqualTo("4");
        assertThat(spark.conf().get("spark.sql.adaptive.enabled")).isEqualTo("true");
        assertThat(spark.conf().get("spark.sql.session.timeZone")).isEqualTo("UTC");
        assertThat(spark.sparkContext().uiWebUrl().isEmpty()).isTrue();
    }

    @Test
    void the_session_runs_a_shuffle() {
        long groups = spark.range(100).selectExpr("id % 7 AS k").groupBy("k").count().count();

        assertThat(groups).isEqualTo(7);
    }
}
