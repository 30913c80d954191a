package io.seamgraph.server;

import java.util.LinkedHashMap;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.graphdb.config.Setting;

/** The Neo4j settings of a server run: Bolt only, on the given address, with small memory limits. */
final class Neo4jSettings {

    private Neo4jSettings() {
    }

    static Map<Setting<?>, Object> of(ServerOptions options) {
        if (options.port() == 0) {
            throw new IllegalArgumentException("choose a port before building settings");
        }
        SocketAddress bolt = new SocketAddress(options.host(), options.port());
        Map<Setting<?>, Object> settings = new LinkedHashMap<>();
        settings.put(BoltConnector.enabled, true);
        settings.put(BoltConnector.listen_address, bolt);
        settings.put(BoltConnector.advertised_address, bolt);
        settings.put(GraphDatabaseSettings.auth_enabled, options.authEnabled());
        settings.put(GraphDatabaseSettings.pagecache_memory, options.pageCacheBytes());
        settings.put(GraphDatabaseSettings.memory_transaction_global_max_size, options.transactionMemoryTotalBytes());
        settings.put(GraphDatabaseSettings.memory_transaction_max_size, options.transactionMemoryMaxBytes());
        // This machine reaches no one: no anonymous usage reports.
        settings.put(GraphDatabaseSettings.udc_enabled, false);
        // Transaction logs are otherwise pre-allocated in full-size files: wasted disk for test and demo folders.
        settings.put(GraphDatabaseSettings.preallocate_logical_logs, false);
        // Bolt's network threads otherwise wait a 5 s quiet period, twice, before the JVM can exit (as neo4j-harness does).
        settings.put(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
        return settings;
    }
}
