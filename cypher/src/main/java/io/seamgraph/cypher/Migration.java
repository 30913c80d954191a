package io.seamgraph.cypher;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * One ordered schema change, {@code V0001__unique_keys.cypher}: its version, its statements and a checksum that
 * tells when an applied file was edited afterwards.
 */
public record Migration(int version, String description, List<String> statements, String checksum) {

    public static Migration parse(String fileName, String text) {
        if (!fileName.matches("V\\d{4}__[a-z0-9_]+\\.cypher")) {
            throw new IllegalArgumentException("migration file name must look like V0001__description.cypher: " + fileName);
        }
        int version = Integer.parseInt(fileName.substring(1, 5));
        String description = fileName.substring(7, fileName.length() - ".cypher".length()).replace('_', ' ');
        List<String> statements = java.util.Arrays.stream(CypherCatalog.stripComments(text).split(";\\s*(\\R|$)"))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
        return new Migration(version, description, statements, sha256(text));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
