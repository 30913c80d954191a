package io.seamgraph.cypher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads named queries from {@code cypher/queries/<name>.cypher} on the classpath, so every statement the product runs
 * can be read in one folder. Names look like {@code api/customer-by-identity}.
 */
public final class CypherCatalog {

    private static final String ROOT = "cypher/queries/";
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private CypherCatalog() {
    }

    public static String query(String name) {
        return CACHE.computeIfAbsent(name, CypherCatalog::load);
    }

    static String load(String name) {
        if (!name.matches("[a-z0-9-]+(/[a-z0-9-]+)*")) {
            throw new IllegalArgumentException("not a query name: '" + name + "'");
        }
        String path = ROOT + name + ".cypher";
        try (InputStream in = CypherCatalog.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no named query '" + name + "' (looked for classpath:" + path + ")");
            }
            return stripComments(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath:" + path, e);
        }
    }

    /** Drops whole-line {@code //} comments so a query file can explain itself without the comment reaching the server. */
    static String stripComments(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\\R")) {
            if (!line.strip().startsWith("//")) {
                out.append(line).append('\n');
            }
        }
        return out.toString().strip();
    }
}
