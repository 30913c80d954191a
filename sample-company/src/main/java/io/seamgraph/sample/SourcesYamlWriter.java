package io.seamgraph.sample;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.seamgraph.contract.SourcesConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

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

    /** The config plus the document sources, their channels and the units' extra channels (see DocumentSources). */
    static void writeWithDocuments(SourcesConfig config, Path file) {
        ObjectNode tree = MAPPER.valueToTree(config);
        DocumentSources.extraChannels().forEach((key, name) ->
            ((ArrayNode) tree.get("channels")).addObject().put("key", key).put("name", name));
        for (JsonNode unit : tree.get("businessUnits")) {
            DocumentSources.extraUnitChannels().getOrDefault(unit.get("key").asText(), List.of())
                .forEach(((ArrayNode) unit.get("channels"))::add);
        }
        ArrayNode sources = (ArrayNode) tree.get("sources");
        DocumentSources.sources().forEach(s -> sources.add(MAPPER.valueToTree(s)));
        write(tree, file);
    }

    private static void write(JsonNode tree, Path file) {
        try {
            MAPPER.writeValue(file.toFile(), tree);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write sources file " + file, e);
        }
    }
}
