package io.seamgraph.pipeline;

import io.seamgraph.contract.SourceContractException;
import io.seamgraph.ingest.QuarantineLimitExceeded;
import io.seamgraph.ingest.read.SourceReadException;
import io.seamgraph.sample.GenerateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The job jar's entry point, locally ({@code ./seamgraph <step>}) and under {@code spark-submit}. */
@Command(name = "seamgraph-jobs", mixinStandardHelpOptions = true, version = "Seamgraph 0.1.0",
    description = "Seamgraph's batch jobs: sample data, ingest, identity resolution and journeys.",
    subcommands = {GenerateCommand.class, IngestCommand.class, ResolveCommand.class, JourneysCommand.class,
        GapsCommand.class, GapSentimentCommand.class, MetricsCommand.class, PipelineCommand.class, EvaluateCommand.class,
        EvaluateGapsCommand.class, TrainTextCommand.class, EvaluateTextCommand.class, LinkDocumentsCommand.class,
        EvaluateDocumentsCommand.class})
public final class SeamgraphJobs {

    /** Errors a user can fix from the message alone: no stack trace for them. */
    private static final java.util.List<Class<? extends Exception>> USER_ERRORS = java.util.List.of(
        SourceContractException.class, SourceReadException.class, QuarantineLimitExceeded.class,
        IllegalArgumentException.class);

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new SeamgraphJobs())
            .setExecutionExceptionHandler((e, cmd, parsed) -> {
                if (USER_ERRORS.stream().anyMatch(t -> t.isInstance(e))) {
                    cmd.getErr().println("ERROR: " + e.getMessage());
                    return 2;
                }
                throw e;
            });
    }
}
