package io.seamgraph.api.graph;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.util.StringUtils;

/** Which Neo4j database the queries run in. */
@Configuration(proxyBeanMethods = false)
class GraphConfiguration {

    /**
     * {@code spring.data.neo4j.database}, else {@code NEO4J_DATABASE}; neither leaves the choice to the server. (Boot's
     * own provider cannot take a blank name, so the environment variable is not mapped onto Boot's property.)
     */
    @Bean
    DatabaseSelectionProvider databaseSelectionProvider(
            @Value("${spring.data.neo4j.database:${NEO4J_DATABASE:}}") String database) {
        return StringUtils.hasText(database)
            ? DatabaseSelectionProvider.createStaticDatabaseSelectionProvider(database.strip())
            : DatabaseSelectionProvider.getDefaultSelectionProvider();
    }
}
