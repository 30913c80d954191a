package io.seamgraph.analytics.journey;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.struct;

import io.seamgraph.analytics.gaps.GapConfig;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Adds to each touchpoint what the sources do not say outright: its stage (shop, buy, service) when the source gave
 * none, inferred from type, then topic, then channel; and its episode, the touchpoints of one need: same case, topic or
 * campaign, each within the episode window of the episode's latest touchpoint; failing that, the same session (the
 * customer's latest touchpoint on the same channel, within the session gap, unless both carry different needs), since
 * web and app events carry no case or topic; and a touchpoint with no case, topic or campaign at all joins the episode of whatever the customer did
 * last within the session gap. An episode's id is {@code episode:} + the key of its first touchpoint, so the same
 * journey always gives the same ids.
 */
public final class JourneyEnrichment implements Serializable {

    /** The input: one row per touchpoint of a customer ({@code stage} as given by the source, or null). */
    public static final StructType INPUT = new StructType()
        .add("customerId", DataTypes.StringType)
        .add("key", DataTypes.StringType)
        .add("atMillis", DataTypes.LongType)
        .add("channel", DataTypes.StringType)
        .add("type", DataTypes.StringType)
        .add("stage", DataTypes.StringType)
        .add("topic", DataTypes.StringType)
        .add("caseId", DataTypes.StringType)
        .add("campaign", DataTypes.StringType);

    public static final StructType OUTPUT = new StructType()
        .add("key", DataTypes.StringType)
        .add("customerId", DataTypes.StringType)
        .add("episode", DataTypes.StringType)
        .add("stage", DataTypes.StringType)
        .add("stageInferred", DataTypes.BooleanType);

    private final GapConfig.Enrichment config;

    public JourneyEnrichment(GapConfig.Enrichment config) {
        this.config = config;
    }

    /** {@link #INPUT} -> {@link #OUTPUT}, one row per touchpoint. */
    public Dataset<Row> enrich(Dataset<Row> touchpoints) {
        Column[] fields = java.util.Arrays.stream(INPUT.fieldNames()).filter(f -> !f.equals("customerId"))
            .map(f -> col(f)).toArray(Column[]::new);
        return touchpoints.groupBy(col("customerId")).agg(collect_list(struct(fields)).as("touches"))
            .flatMap((FlatMapFunction<Row, Row>) row -> enrich(row.getString(0), row.<Row>getList(1)).iterator(),
                Encoders.row(OUTPUT));
    }

    private record Step(String key, long at, String channel, String type, String stage, String topic, String caseId,
                        String campaign) {
    }

    private static final class Episode {
        final String id;
        final List<String> needs = new ArrayList<>();
        long lastAt;

        Episode(String id) {
            this.id = id;
        }
    }

    List<Row> enrich(String customerId, List<Row> rows) {
        List<Step> steps = new ArrayList<>(rows.stream().map(r -> new Step(r.getAs("key"), r.<Long>getAs("atMillis"),
            r.getAs("channel"), r.getAs("type"), r.getAs("stage"), r.getAs("topic"), r.getAs("caseId"),
            r.getAs("campaign"))).toList());
        steps.sort(Comparator.comparingLong(Step::at).thenComparing(Step::key));
        long window = config.episodeWindowMillis();
        long sessionGap = config.sessionGapMillis();
        List<Episode> open = new ArrayList<>();
        // per channel: the episode of the customer's latest touchpoint on it, and when that was
        java.util.Map<String, Episode> lastByChannel = new java.util.HashMap<>();
        java.util.Map<String, Long> lastAtByChannel = new java.util.HashMap<>();
        Episode previous = null;
        long previousAt = Long.MIN_VALUE;
        List<Row> out = new ArrayList<>(steps.size());
        for (Step s : steps) {
            List<String> needs = new ArrayList<>();
            if (s.caseId() != null) {
                needs.add("case:" + s.caseId());
            }
            if (s.topic() != null) {
                needs.add("topic:" + s.topic());
            }
            if (s.campaign() != null) {
                needs.add("campaign:" + s.campaign());
            }
            Episode episode = null;
            for (int i = open.size() - 1; i >= 0 && episode == null; i--) {
                Episode e = open.get(i);
                if (s.at() - e.lastAt <= window && needs.stream().anyMatch(e.needs::contains)) {
                    episode = e;
                }
            }
            String channel = java.util.Objects.toString(s.channel(), "");
            Long sameChannelAt = lastAtByChannel.get(channel);
            if (episode == null && sameChannelAt != null && s.at() - sameChannelAt <= sessionGap
                    && (needs.isEmpty() || lastByChannel.get(channel).needs.isEmpty())) {
                // a session; a need may join a session without one (browsing, then the order), not one of another need
                episode = lastByChannel.get(channel);
            }
            if (episode == null && needs.isEmpty() && previous != null && s.at() - previousAt <= sessionGap) {
                episode = previous;
            }
            if (episode == null) {
                episode = new Episode("episode:" + s.key());
                open.add(episode);
            }
            lastByChannel.put(channel, episode);
            lastAtByChannel.put(channel, s.at());
            previous = episode;
            previousAt = s.at();
            for (String need : needs) {
                if (!episode.needs.contains(need)) {
                    episode.needs.add(need);
                }
            }
            episode.lastAt = s.at();
            String stage = s.stage();
            boolean inferred = false;
            if (stage == null || stage.isBlank()) {
                stage = inferStage(s.type(), s.topic(), s.channel());
                inferred = stage != null;
            }
            out.add(RowFactory.create(s.key(), customerId, episode.id, stage, inferred));
        }
        return out;
    }

    /** The documented mapping: type first, then topic, then channel; null when none applies. */
    public String inferStage(String type, String topic, String channel) {
        String stage = lookup(config.stageByType(), type);
        if (stage == null) {
            stage = lookup(config.stageByTopic(), topic);
        }
        return stage != null ? stage : lookup(config.stageByChannel(), channel);
    }

    private static String lookup(java.util.Map<String, String> map, String key) {
        return key == null ? null : map.get(key);
    }
}
