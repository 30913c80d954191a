package io.seamgraph.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the packaged embedded Neo4j server: the path Maven passes as a system property, else the source tree's. */
final class ServerJar {

    static final String PROPERTY = "seamgraph.neo4j.server.jar";
    static final String RELATIVE_PATH = "neo4j-server/target/seamgraph-neo4j-server.jar";
    private static final String BUILD_IT = "Build it with `./mvnw -q -pl neo4j-server package` from the repository root;"
            + " `./mvnw verify` packages it before any module that depends on seamgraph-test-support.";

    private ServerJar() {
    }

    static Path locate() {
        return locate(Optional.ofNullable(System.getProperty(PROPERTY)).filter(p -> !p.isBlank()),
                Path.of(System.getProperty("user.dir")));
    }

    /**
     * @param configured the system property, which the root pom sets for surefire and failsafe
     * @param workingDirectory where to start looking upwards for the source tree when run from an IDE
     */
    static Path locate(Optional<String> configured, Path workingDirectory) {
        if (configured.isPresent()) {
            Path jar = Path.of(configured.get());
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("The embedded Neo4j server jar " + jar + " (system property " + PROPERTY
                        + ") does not exist. " + BUILD_IT);
            }
            return jar;
        }
        for (Path dir = workingDirectory.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path jar = dir.resolve(RELATIVE_PATH);
            if (Files.isRegularFile(jar)) {
                return jar;
            }
        }
        throw new IllegalStateException("System property " + PROPERTY + " is not set and no " + RELATIVE_PATH
                + " was found above " + workingDirectory.toAbsolutePath() + ". The root pom passes the property to"
                + " surefire and failsafe; elsewhere set -D" + PROPERTY + "=<path to the jar>. " + BUILD_IT);
    }
}
