package io.seamgraph.pipeline;

import io.seamgraph.text.classify.ClassificationScore;
import io.seamgraph.text.classify.CompanyDocuments;
import io.seamgraph.text.classify.Corpus;
import io.seamgraph.text.classify.TextEvaluation;
import io.seamgraph.text.classify.TextModels;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Accuracy and macro-F1 of the text classifiers on the held-out project set and a generated company's documents. */
@Command(name = "evaluate-text", mixinStandardHelpOptions = true,
    description = "Accuracy and macro-F1 of the sentiment and topic classifiers on the project's held-out set and,"
        + " with --company, on a generated company's documents (truth/documents.csv).")
final class EvaluateTextCommand implements Callable<Integer> {

    @Option(names = "--company", paramLabel = "DIR",
        description = "folder written by `seamgraph generate --documents`")
    Path company;

    @Option(names = "--models", paramLabel = "DIR",
        description = "models written by train-text (default: train the bundled models in memory)")
    Path models;

    @Option(names = "--per-label", description = "also print precision, recall and F1 per label")
    boolean perLabel;

    @Override
    public Integer call() {
        TextModels text = models == null ? TextModels.bundled() : TextModels.load(models);
        List<TextEvaluation> results = new ArrayList<>();
        results.add(TextEvaluation.of("held-out project set", text, Corpus.bundled(Corpus.EVALUATION)));
        if (company != null) {
            results.add(TextEvaluation.of("generated documents", text, CompanyDocuments.read(company)));
        }
        for (TextEvaluation r : results) {
            System.out.print(r.render());
            if (perLabel) {
                print(r.sentiment(), System.out);
                print(r.topic(), System.out);
            }
        }
        return 0;
    }

    private static void print(ClassificationScore score, PrintStream out) {
        out.printf("    %-24s %6s %9s %9s %7s %6s%n", "label", "truth", "predicted", "precision", "recall", "F1");
        score.labels().forEach((label, s) -> out.printf("    %-24s %6d %9d %9.3f %7.3f %6.3f%n", label, s.truth(),
            s.predicted(), s.precision(), s.recall(), s.f1()));
    }
}
