package io.seamgraph.sample;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code seamgraph generate}: writes the sample company's extracts, sources YAML and ground truth. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Generates a fictional UK company's source extracts (CSV, JSON Lines, Parquet), the sources.yaml"
        + " describing them and the ground truth (truth/) with labelled silo gaps.")
public final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--customers", description = "Number of customers (true persons). Default: ${DEFAULT-VALUE}.",
        defaultValue = "2000")
    int customers;

    @Option(names = "--seed", description = "Random seed; the same seed gives the same files. Default: ${DEFAULT-VALUE}.",
        defaultValue = "42")
    long seed;

    @Option(names = "--out", required = true, description = "Output folder.")
    Path out;

    @Option(names = "--start", description = "First day of the journey window (yyyy-MM-dd). Default: ${DEFAULT-VALUE}.",
        defaultValue = "2026-01-05")
    LocalDate start;

    @Option(names = "--weeks", description = "Length of the journey window in weeks (4-104). Default: ${DEFAULT-VALUE}.",
        defaultValue = "12")
    int weeks;

    @Option(names = "--documents", description = "Also write documents (reviews, social posts, chat and call"
        + " transcripts, e-mails) with truth/documents.csv, and declare them in sources.yaml (kind: document).")
    boolean documents;

    @Override
    public Integer call() {
        GeneratorOptions options;
        try {
            options = new GeneratorOptions(customers, seed, out, start, weeks, documents);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        GenerationSummary summary = SampleCompanyGenerator.generate(options);
        spec.commandLine().getOut().print(summary.render());
        spec.commandLine().getOut().flush();
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new GenerateCommand()).execute(args));
    }
}
