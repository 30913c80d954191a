package io.seamgraph.api.documents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.seamgraph.api.documents.VoiceViews.SentimentView;
import io.seamgraph.api.documents.VoiceViews.TopicRow;
import io.seamgraph.api.documents.VoiceViews.TopicView;

/** Sums the rows of one topic per unit and channel into the topic's totals and its two breakdowns. */
final class TopicTally {

    private final String topic;
    private String name;
    private final Counts total = new Counts();
    private final Map<String, Counts> byUnit = new TreeMap<>();
    private final Map<String, Counts> byChannel = new TreeMap<>();

    private TopicTally(String topic) {
        this.topic = topic;
    }

    /** The topics with most documents first (ties by key). */
    static List<TopicView> of(List<TopicRow> rows) {
        Map<String, TopicTally> tallies = new LinkedHashMap<>();
        for (TopicRow row : rows) {
            TopicTally tally = tallies.computeIfAbsent(row.topic(), TopicTally::new);
            tally.name = row.name();
            tally.total.add(row);
            tally.byUnit.computeIfAbsent(row.unit(), unit -> new Counts()).add(row);
            tally.byChannel.computeIfAbsent(row.channel(), channel -> new Counts()).add(row);
        }
        List<TopicView> topics = new ArrayList<>();
        tallies.values().forEach(tally -> topics.add(tally.view()));
        topics.sort(Comparator.comparingLong(TopicView::documents).reversed().thenComparing(TopicView::topic));
        return List.copyOf(topics);
    }

    private TopicView view() {
        SentimentView all = total.view();
        return new TopicView(topic, name, all.documents(), all.negative(), all.neutral(), all.positive(),
            all.negativeShare(), all.meanScore(), views(byUnit), views(byChannel));
    }

    private static Map<String, SentimentView> views(Map<String, Counts> counts) {
        Map<String, SentimentView> views = new LinkedHashMap<>();
        counts.forEach((key, count) -> views.put(key, count.view()));
        return java.util.Collections.unmodifiableMap(views);
    }

    private static final class Counts {
        private long documents;
        private long negative;
        private long neutral;
        private long positive;
        private long scored;
        private double scoreSum;

        void add(TopicRow row) {
            documents += row.documents();
            negative += row.negative();
            neutral += row.neutral();
            positive += row.positive();
            scored += row.scored();
            scoreSum += row.scoreSum();
        }

        SentimentView view() {
            return new SentimentView(documents, negative, neutral, positive,
                documents == 0 ? null : (double) negative / documents, scored == 0 ? null : scoreSum / scored);
        }
    }
}
