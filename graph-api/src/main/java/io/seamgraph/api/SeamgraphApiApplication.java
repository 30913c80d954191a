package io.seamgraph.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The HTTP API over the Seamgraph graph: customers, their records and identifiers, and their journeys. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SeamgraphApiApplication {

    public static void main(String[] args) {
        SpringApplication.run(SeamgraphApiApplication.class, args);
    }
}
