package io.seamgraph.contract;

import java.nio.file.Path;

/** A validated sources YAML and where it was read from, so relative locations resolve against its folder. */
public record SourcesFile(Path path, SourcesConfig config) {

    /** A location as Spark should read it: URIs and absolute paths as given, relative paths against the YAML's folder. */
    public String resolveLocation(SourceDefinition source) {
        String location = source.location();
        if (location.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:/.*") || Path.of(location).isAbsolute()) {
            return location;
        }
        Path base = path.toAbsolutePath().getParent();
        return base.resolve(location).normalize().toString();
    }
}
