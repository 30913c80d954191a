package io.seamgraph.sample;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.seamgraph.contract.SourcesConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Writes a sources YAML the way {@code SourcesYaml.write} does, with map entries sorted by key. The contract's records
 * hold {@code Map.copyOf} maps, whose iteration order changes from one JVM to the next, so an unsorted write would
 * make the generated YAML differ between runs of the same seed. The tests load the result with
 * {@code SourcesYaml.load} and compare it with the config it was written from.
 */
final class SourcesYamlWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);

    private SourcesYamlWriter() {
    }

    static void write(SourcesConfig config, Path file) {
        try {
            MAPPER.writeValue(file.toFile(), config);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write sources file " + file, e);
        }
    }
}
