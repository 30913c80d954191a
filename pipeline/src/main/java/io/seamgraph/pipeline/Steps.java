package io.seamgraph.pipeline;

import io.seamgraph.analytics.documents.DocumentLinkSummary;
import io.seamgraph.analytics.documents.LinkDocumentsJob;
import io.seamgraph.analytics.gaps.GapConfig;
import io.seamgraph.analytics.gaps.GapsJob;
import io.seamgraph.analytics.gaps.GapsSummary;
import io.seamgraph.analytics.journey.JourneySummary;
import io.seamgraph.analytics.journey.JourneysJob;
import io.seamgraph.analytics.metrics.MetricsJob;
import io.seamgraph.analytics.metrics.MetricsOptions;
import io.seamgraph.analytics.metrics.MetricsSummary;
import io.seamgraph.analytics.resolve.ResolveJob;
import io.seamgraph.analytics.resolve.ResolveSummary;
import io.seamgraph.analytics.voice.VoiceJob;
import io.seamgraph.analytics.voice.VoiceOptions;
import io.seamgraph.analytics.voice.VoiceSummary;
import io.seamgraph.contract.SourcesYaml;
import io.seamgraph.graph.Neo4jConnection;
import io.seamgraph.ingest.IngestJob;
import io.seamgraph.ingest.IngestOptions;
import io.seamgraph.ingest.IngestSummary;
import io.seamgraph.ingest.SourceCounts;
import io.seamgraph.job.Progress;
import io.seamgraph.text.classify.TrainedClassifiers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/** The jobs, each turned into a timed report step; shared by the single-step commands and the pipeline. */
final class Steps {

    private final SparkSession spark;
    private final Neo4jConnection neo4j;
    private final WriteOptions write;
    private final RunReport report;

    Steps(SparkSession spark, Neo4jConnection neo4j, WriteOptions write, RunReport report) {
        this.spark = spark;
        this.neo4j = neo4j;
        this.write = write;
        this.report = report;
    }

    IngestSummary ingest(Path sources, String quarantine) {
        var file = SourcesYaml.load(sources);
        return report.step("ingest", () -> new IngestJob(spark,
                new IngestOptions(quarantine, neo4j, write.batchSize), new Progress(System.out, "ingest"),
                TrainedClassifiers.bundledFactory()).run(file),
            summary -> {
                Map<String, Long> counts = new LinkedHashMap<>();
                counts.put("source rows read", summary.read());
                counts.put("rows quarantined (rejected)", summary.rejected());
                counts.put("values dropped (kept row, in quarantine)",
                    summary.sources().stream().mapToLong(SourceCounts::droppedValues).sum());
                summary.written().forEach((k, v) -> counts.put("written: " + k, v));
                return counts;
            });
    }

    ResolveSummary resolve(ResolveSettings settings) {
        return report.step("resolve", () -> new ResolveJob(spark,
                settings.options(neo4j, write.batchSize), new Progress(System.out, "resolve")).run(),
            summary -> {
                Map<String, Long> counts = new LinkedHashMap<>();
                counts.put("source records", summary.records());
                counts.put("customers", summary.customers());
                counts.put("customers with more than one record", summary.multiRecordCustomers());
                counts.put("written: HAS_RECORD relationships", summary.links());
                counts.put("identities suppressed (too widely shared)", summary.suppressedIdentities());
                counts.put("written: MATCHED evidence relationships", summary.evidence());
                counts.put("customer aliases (ids of merged customers)", summary.aliases());
                counts.put("attribute conflicts", summary.conflicts());
                counts.put("record pairs constrained by corrections", summary.corrections());
                return counts;
            });
    }

    DocumentLinkSummary linkDocuments() {
        return report.step("link-documents", () -> new LinkDocumentsJob(spark, neo4j, write.batchSize,
                new Progress(System.out, "link-documents")).run(),
            summary -> {
                Map<String, Long> counts = new LinkedHashMap<>();
                counts.put("documents", summary.documents());
                counts.put("linked to a customer", summary.linked());
                summary.byMethod().forEach((method, n) -> counts.put("linked by " + method, n));
                summary.unlinked().forEach((reason, n) -> counts.put("unlinked: " + reason, n));
                summary.attached().forEach((method, n) -> counts.put("attached to a touchpoint by " + method, n));
                return counts;
            });
    }

    JourneySummary journeys() {
        return report.step("journeys", () -> new JourneysJob(spark, neo4j, write.batchSize, new Progress(System.out, "journeys")).run(),
            summary -> {
                Map<String, Long> counts = new LinkedHashMap<>();
                counts.put("touchpoints placed in journeys", summary.touchpoints());
                counts.put("journeys", summary.journeys());
                counts.put("written: NEXT relationships", summary.steps());
                counts.put("hand-offs between business units", summary.handoffs());
                counts.put("channel switches", summary.channelSwitches());
                return counts;
            });
    }

    GapsSummary gaps(GapConfig config) {
        return report.step("gaps", () -> new GapsJob(spark, neo4j, config, write.batchSize, new Progress(System.out, "gaps")).run(),
            summary -> {
                Map<String, Long> counts = new LinkedHashMap<>();
                counts.put("touchpoints enriched", summary.touchpoints());
                counts.put("written: touchpoint enrichments that changed", summary.enrichmentWrites());
                counts.put("episodes", summary.episodes());
                counts.put("stages inferred", summary.inferredStages());
                counts.put("written: SiloGap nodes", summary.gaps());
                summary.perType().forEach((type, n) -> counts.put("gaps: " + type, n));
                return counts;
            });
    }

    VoiceSummary gapSentiment(VoiceSettings settings) {
        VoiceOptions options = new VoiceOptions(neo4j, write.batchSize, Duration.ofDays(settings.windowDays));
        return report.step("gap-sentiment", () -> new VoiceJob(spark, options, new Progress(System.out, "gap-sentiment")).run(),
            summary -> {
                Map<String, Long> counts = new LinkedHashMap<>();
                counts.put("documents", summary.documents());
                counts.put("inbound documents of known customers", summary.inbound());
                counts.put("documents within the window after a silo gap (per type)", summary.afterGap());
                counts.put("written: gap sentiment per type", summary.gapTypes());
                counts.put("written: topic rows", summary.topicRows());
                return counts;
            });
    }

    /** @param vocabulary the silo-gap vocabulary: its conversational channels define a contact unless overridden */
    MetricsSummary metrics(MetricsSettings settings, GapConfig.Vocabulary vocabulary) {
        MetricsOptions options = new MetricsOptions(neo4j, write.batchSize, settings.maxPathSteps,
            Duration.ofDays(settings.repeatWindowDays),
            settings.contactChannels != null ? settings.contactChannels : vocabulary.conversationalChannels());
        return report.step("metrics", () -> new MetricsJob(spark, options, new Progress(System.out, "metrics")).run(),
            summary -> {
                Map<String, Long> counts = new LinkedHashMap<>();
                counts.put("customers", summary.customers());
                counts.put("written: journey summaries", summary.journeys());
                counts.put("written: flow rows", summary.flowRows());
                counts.put("written: hand-off cells", summary.handoffCells());
                counts.put("written: weeks", summary.weeks());
                return counts;
            });
    }
}
