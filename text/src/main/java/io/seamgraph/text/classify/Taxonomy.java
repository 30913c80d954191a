package io.seamgraph.text.classify;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The topics documents are classified into (a YAML file such as {@code examples/topics.yaml}): each a key (what the
 * graph stores), a name and a description for people.
 */
public record Taxonomy(List<Topic> topics) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]*");
    /** The project's default taxonomy, the one the bundled corpus is labelled with. */
    static final String BUNDLED = "/io/seamgraph/text/corpus/topics.yaml";

    public record Topic(String key, String name, String description) {
    }

    public Taxonomy {
        topics = List.copyOf(topics == null ? List.of() : topics);
    }

    public List<String> keys() {
        return topics.stream().map(Topic::key).toList();
    }

    public boolean has(String key) {
        return topics.stream().anyMatch(t -> t.key().equals(key));
    }

    public static Taxonomy load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the topic taxonomy " + file, e);
        }
    }

    /** The taxonomy the project's corpus is labelled with (the same as {@code examples/topics.yaml}). */
    public static Taxonomy bundled() {
        try (InputStream in = Taxonomy.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the bundled taxonomy " + BUNDLED + " is not on the class path");
            }
            return parse(in, "classpath:" + BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled taxonomy " + BUNDLED, e);
        }
    }

    static Taxonomy parse(InputStream in, String origin) throws IOException {
        Taxonomy taxonomy;
        try {
            taxonomy = YAML.readValue(in, Taxonomy.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("topic taxonomy " + origin + ": " + e.getMessage(), e);
        }
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < taxonomy.topics().size(); i++) {
            Topic t = taxonomy.topics().get(i);
            String where = "topics[" + i + "]";
            if (t.key() == null || !KEY.matcher(t.key()).matches()) {
                problems.add(where + ".key must be lower-case letters, digits and _ (found " + t.key() + ")");
            } else if (!seen.add(t.key())) {
                problems.add(where + ".key " + t.key() + " appears twice");
            }
            if (t.name() == null || t.name().isBlank()) {
                problems.add(where + ".name is required");
            }
        }
        if (taxonomy.topics().size() < 2) {
            problems.add("at least two topics are needed, found " + taxonomy.topics().size());
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("topic taxonomy " + origin + ": " + String.join("; ", problems));
        }
        return taxonomy;
    }

    public void write(Path file) {
        try {
            YAML.writeValue(file.toFile(), this);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
