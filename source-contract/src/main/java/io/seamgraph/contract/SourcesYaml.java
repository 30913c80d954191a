package io.seamgraph.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads (and validates) or writes a sources YAML file. */
public final class SourcesYaml {

    private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        // The records hold Map.copyOf maps, whose order changes from JVM to JVM; a written file should not.
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);

    private SourcesYaml() {
    }

    /** Loads and validates; throws {@link SourceContractException} naming every problem. */
    public static SourcesFile load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new SourceContractException(file, List.of("file not found"));
        }
        SourcesConfig config;
        try {
            config = MAPPER.readValue(file.toFile(), SourcesConfig.class);
        } catch (UnrecognizedPropertyException e) {
            throw new SourceContractException(file, "unknown key '" + e.getPropertyName() + "' at "
                + e.getPathReference() + " (known keys: " + e.getKnownPropertyIds() + ")", e);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new SourceContractException(file, "not a valid sources YAML: " + e.getOriginalMessage()
                + " at " + e.getLocation(), e);
        } catch (IOException e) {
            throw new SourceContractException(file, "cannot read: " + e.getMessage(), e);
        }
        List<String> problems = SourcesValidator.validate(config);
        if (!problems.isEmpty()) {
            throw new SourceContractException(file, problems);
        }
        return new SourcesFile(file, config);
    }

    public static void write(SourcesConfig config, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            MAPPER.writeValue(file.toFile(), config);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write sources file " + file, e);
        }
    }
}
