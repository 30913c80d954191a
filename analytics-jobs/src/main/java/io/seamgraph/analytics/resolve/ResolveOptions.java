package io.seamgraph.analytics.resolve;

import io.seamgraph.analytics.match.MatchModel;
import io.seamgraph.analytics.match.MatchSettings;
import io.seamgraph.graph.Neo4jConnection;
import java.nio.file.Path;
import java.util.Objects;

/**
 * @param neo4j                 the graph to read and write
 * @param maxRecordsPerIdentity an identity carried by more records than this (a household or placeholder e-mail,
 *                              a shop's default phone) links nothing and is reported
 * @param batchSize             rows per write transaction
 * @param corrections           a corrections YAML file (examples/corrections.yaml), or null: the graph's own
 *                              corrections (POST /api/corrections) apply either way
 * @param survivorship          the golden record's rules per attribute
 * @param matching              the probabilistic matcher's settings (docs/identity-resolution.md), or null to link
 *                              records through shared identifiers only
 * @param model                 a model trained before (resolve --save-model), or null to train on this run's records
 * @param saveModel             where to write the model this run used, or null
 */
public record ResolveOptions(Neo4jConnection neo4j, int maxRecordsPerIdentity, int batchSize, Path corrections,
                             SurvivorshipConfig survivorship, MatchSettings matching, MatchModel model, Path saveModel) {
    public static final int DEFAULT_MAX_RECORDS_PER_IDENTITY = 10;

    public ResolveOptions {
        if (maxRecordsPerIdentity < 2) {
            throw new IllegalArgumentException("max records per identity must be at least 2, got " + maxRecordsPerIdentity);
        }
        Objects.requireNonNull(survivorship, "survivorship");
    }

    /** Shared identifiers only: no probabilistic matching. */
    public ResolveOptions(Neo4jConnection neo4j, int maxRecordsPerIdentity, int batchSize, Path corrections,
                          SurvivorshipConfig survivorship) {
        this(neo4j, maxRecordsPerIdentity, batchSize, corrections, survivorship, null, null, null);
    }

    /** No corrections file, the default golden record rules, shared identifiers only. */
    public ResolveOptions(Neo4jConnection neo4j, int maxRecordsPerIdentity, int batchSize) {
        this(neo4j, maxRecordsPerIdentity, batchSize, null, SurvivorshipConfig.defaults());
    }
}
