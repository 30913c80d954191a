package io.seamgraph.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.seamgraph.contract.RecordKind;
import io.seamgraph.contract.SourceDefinition;
import io.seamgraph.contract.SourcesConfig;
import io.seamgraph.contract.SourcesFile;
import io.seamgraph.graph.GraphSession;
import io.seamgraph.graph.GraphWriter;
import io.seamgraph.ingest.documents.DocumentIngest;
import io.seamgraph.ingest.read.CanonicalMapper;
import io.seamgraph.ingest.read.SourceReader;
import io.seamgraph.ingest.transform.Deduplicate;
import io.seamgraph.ingest.transform.GraphRows;
import io.seamgraph.ingest.transform.NormaliseInteractions;
import io.seamgraph.ingest.transform.NormaliseProfiles;
import io.seamgraph.ingest.transform.OrganisationRows;
import io.seamgraph.ingest.transform.QuarantineRows;
import io.seamgraph.ingest.transform.ReferenceCheck;
import io.seamgraph.ingest.validate.SourceRules;
import io.seamgraph.job.Progress;
import io.seamgraph.text.extract.ClassifierFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Reads every declared source, normalises and validates it, quarantines what fails, and writes the organisation,
 * source records, identities, consents and touchpoints to Neo4j. Each step is a Dataset transform of its own.
 */
public final class IngestJob {

    private final SparkSession spark;
    private final IngestOptions options;
    private final Progress progress;
    private final ClassifierFactory classifiers;

    public IngestJob(SparkSession spark, IngestOptions options, Progress progress) {
        this(spark, options, progress, ClassifierFactory.NONE);
    }

    /** @param classifiers sentiment and topic of documents; {@link ClassifierFactory#NONE} leaves them unset */
    public IngestJob(SparkSession spark, IngestOptions options, Progress progress, ClassifierFactory classifiers) {
        this.spark = spark;
        this.options = options;
        this.progress = progress;
        this.classifiers = classifiers;
    }

    /** Normalised rows of every source, each with its issues, before anything is written. */
    public record Prepared(Dataset<Row> profiles, Dataset<Row> interactions) {
        public Dataset<Row> acceptedProfiles() {
            return profiles.filter(col("_rejected").equalTo(false)).drop("_issues", "_rejected", "_raw", "_file");
        }

        public Dataset<Row> acceptedInteractions() {
            return interactions.filter(col("_rejected").equalTo(false));
        }

        public Dataset<Row> quarantine() {
            return QuarantineRows.of(profiles, "recordId").unionByName(QuarantineRows.of(interactions, "interactionId"));
        }
    }

    public Prepared prepare(SourcesFile sources) {
        SourceReader reader = new SourceReader(spark, sources);
        Dataset<Row> profiles = progress.step("read and normalise profiles", () -> normaliseAll(sources,
            RecordKind.PROFILE, (source, rows) -> NormaliseProfiles.apply(rows, SourceRules.of(source, sources.config())), reader));
        profiles = Deduplicate.byKey(profiles, col("updatedAt").desc_nulls_last()).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> acceptedKeys = profiles.filter(col("_rejected").equalTo(false)).select("key");
        Dataset<Row> interactions = progress.step("read and normalise interactions", () -> normaliseAll(sources,
            RecordKind.INTERACTION, (source, rows) -> NormaliseInteractions.apply(rows, SourceRules.of(source, sources.config())), reader));
        interactions = ReferenceCheck.apply(Deduplicate.byKey(interactions), acceptedKeys).persist(StorageLevel.MEMORY_AND_DISK());
        return new Prepared(profiles, interactions);
    }

    public IngestSummary run(SourcesFile sources) {
        Prepared prepared = prepare(sources);
        Dataset<Row> profiles = prepared.profiles();
        Dataset<Row> interactions = prepared.interactions();
        Dataset<Row> acceptedProfiles = prepared.acceptedProfiles();
        Dataset<Row> acceptedInteractions = prepared.acceptedInteractions();

        Dataset<Row> documents = progress.step("read and analyse documents",
            () -> DocumentIngest.prepare(spark, sources, classifiers).persist(StorageLevel.MEMORY_AND_DISK()));
        List<SourceCounts> counts = progress.step("write quarantine", () -> {
            // repartition, not coalesce: one output file per source without normalising every source in one task.
            prepared.quarantine().unionByName(DocumentIngest.quarantine(documents))
                .repartition(1).write().mode(SaveMode.Overwrite).partitionBy("source").json(options.quarantine());
            List<SourceCounts> all = new ArrayList<>(countPerSource(prepared));
            all.addAll(DocumentIngest.counts(documents));
            return all;
        });
        report(counts);
        checkLimits(sources, counts);

        Map<String, Long> written = new LinkedHashMap<>();
        try (GraphSession graph = new GraphSession(options.neo4j())) {
            progress.step("apply schema migrations", () -> graph.migrateSchema());
        }
        GraphWriter writer = new GraphWriter(options.neo4j(), options.batchSize());
        written.putAll(progress.step("write organisation", () -> writeOrganisation(writer, sources.config())));
        Dataset<Row> recordIdentities = GraphRows.recordIdentities(acceptedProfiles).persist(StorageLevel.MEMORY_AND_DISK());
        written.put("SourceRecord nodes", progress.step("write source records",
            () -> writer.writeNodes(GraphRows.records(acceptedProfiles), "ingest/merge-source-records")));
        written.put("IN_SYSTEM relationships", progress.step("link records to systems",
            () -> writer.writeRelationships(GraphRows.records(acceptedProfiles).select("key", "system"), "ingest/link-records-to-systems")));
        written.put("Identity nodes", progress.step("write identities",
            () -> writer.writeNodes(GraphRows.identities(recordIdentities), "ingest/merge-identities")));
        written.put("HAS_IDENTITY relationships", progress.step("link records to identities", () -> {
            writer.writeRelationships(GraphRows.identitiesPerRecord(acceptedProfiles, recordIdentities), "ingest/link-record-identities");
            return recordIdentities.count();
        }));
        written.put("CONSENT relationships", progress.step("write consents", () -> {
            writer.writeRelationships(GraphRows.consentsPerRecord(acceptedProfiles), "ingest/link-record-consents");
            return acceptedProfiles.select(org.apache.spark.sql.functions.explode(col("consents"))).count();
        }));
        written.put("Touchpoint nodes", progress.step("write touchpoints",
            () -> writer.writeNodes(GraphRows.touchpoints(acceptedInteractions), "ingest/merge-touchpoints")));
        written.put("touchpoint relationships (OF_RECORD, VIA, BY_UNIT)", progress.step("link touchpoints",
            () -> 3 * writer.writeRelationships(GraphRows.touchpointLinks(acceptedInteractions), "ingest/link-touchpoints")));
        written.putAll(progress.step("write documents", () -> DocumentIngest.write(writer, DocumentIngest.accepted(documents))));
        documents.unpersist();
        recordIdentities.unpersist();
        profiles.unpersist();
        interactions.unpersist();
        return new IngestSummary(counts, written, options.quarantine());
    }

    private Dataset<Row> normaliseAll(SourcesFile sources, RecordKind kind,
                                      BiFunction<SourceDefinition, Dataset<Row>, Dataset<Row>> normalise,
                                      SourceReader reader) {
        Dataset<Row> all = null;
        for (SourceDefinition source : sources.config().sourcesOf(kind)) {
            Dataset<Row> normalised = normalise.apply(source, CanonicalMapper.map(reader.read(source), source));
            all = all == null ? normalised : all.unionByName(normalised);
        }
        if (all == null) {
            StructType schema = kind == RecordKind.PROFILE ? NormaliseProfiles.SCHEMA : NormaliseInteractions.SCHEMA;
            return spark.createDataFrame(List.of(), schema);
        }
        return all;
    }

    public static List<SourceCounts> countPerSource(Prepared prepared) {
        List<SourceCounts> all = new ArrayList<>(countPerSource(prepared.profiles(), "profile"));
        all.addAll(countPerSource(prepared.interactions(), "interaction"));
        return all;
    }

    private static List<SourceCounts> countPerSource(Dataset<Row> normalised, String kind) {
        return normalised.groupBy(col("source"))
            .agg(count(lit(1)).as("read"),
                sum(when(col("_rejected"), 1).otherwise(0)).as("rejected"),
                sum(size(org.apache.spark.sql.functions.filter(col("_issues"),
                    issue -> issue.getField("action").equalTo("dropped_value")))).as("dropped"))
            .orderBy("source")
            .collectAsList().stream()
            .map(r -> new SourceCounts(r.getString(0), kind, r.getLong(1), r.getLong(1) - r.getLong(2), r.getLong(2), r.getLong(3)))
            .toList();
    }

    private void report(List<SourceCounts> counts) {
        progress.info("%-28s %-11s %10s %10s %10s %10s", "source", "kind", "read", "accepted", "rejected", "dropped values");
        for (SourceCounts c : counts) {
            progress.info("%-28s %-11s %10d %10d %10d %10d", c.source(), c.kind(), c.read(), c.accepted(), c.rejected(), c.droppedValues());
        }
        progress.info("quarantine: %s", options.quarantine());
    }

    private void checkLimits(SourcesFile sources, List<SourceCounts> counts) {
        List<String> breaches = new ArrayList<>();
        for (SourceCounts c : counts) {
            SourceDefinition source = sources.config().source(c.source()).orElseThrow();
            // A bad file is one document lost, not a sign the mapping is wrong: documents stop the job only when
            // their source asks for a limit.
            if (source.kind() == RecordKind.DOCUMENT && source.maxRejectedShare() == null) {
                continue;
            }
            double limit = source.maxRejectedShareOr(sources.config().defaults());
            if (c.rejectedShare() > limit) {
                breaches.add(String.format("source '%s' rejected %d of %d rows (%.1f%%, limit %.1f%%)",
                    c.source(), c.rejected(), c.read(), 100 * c.rejectedShare(), 100 * limit));
            }
        }
        if (!breaches.isEmpty()) {
            throw new QuarantineLimitExceeded(breaches, options.quarantine());
        }
    }

    private Map<String, Long> writeOrganisation(GraphWriter writer, SourcesConfig config) {
        Map<String, Long> written = new LinkedHashMap<>();
        written.put("BusinessUnit nodes", writer.writeNodes(OrganisationRows.businessUnits(spark, config), "ingest/merge-business-units"));
        written.put("Channel nodes", writer.writeNodes(OrganisationRows.channels(spark, config), "ingest/merge-channels"));
        written.put("OWNS_CHANNEL relationships", writer.writeRelationships(OrganisationRows.unitChannels(spark, config), "ingest/link-unit-channels"));
        written.put("SourceSystem nodes", writer.writeRelationships(OrganisationRows.systems(spark, config), "ingest/merge-source-systems"));
        written.put("Purpose nodes", writer.writeNodes(OrganisationRows.purposes(spark, config), "ingest/merge-purposes"));
        return written;
    }
}
