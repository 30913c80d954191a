package io.seamgraph.cypher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The ordered schema migrations under {@code neo4j/migrations/}. The folder's {@code index.txt} lists them because a
 * classpath folder cannot be listed portably inside a jar; a test keeps the index and the folder in step.
 */
public final class Migrations {

    static final String ROOT = "neo4j/migrations/";

    private Migrations() {
    }

    public static List<Migration> all() {
        return read("index.txt").lines().map(String::strip).filter(l -> !l.isEmpty())
            .map(name -> Migration.parse(name, read(name)))
            .toList();
    }

    private static String read(String name) {
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath:" + ROOT + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
