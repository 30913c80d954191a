package io.seamgraph.pipeline;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The sources to load and where rejected rows go. */
final class SourcesOptions {

    @Option(names = "--sources", required = true, paramLabel = "YAML", description = "the sources YAML (docs/sources.md)")
    Path sources;

    @Option(names = "--quarantine", paramLabel = "DIR", defaultValue = ".seamgraph/quarantine",
        description = "folder (or URI) for quarantined rows, replaced on each run (default ${DEFAULT-VALUE})")
    String quarantine;
}
