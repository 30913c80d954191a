package io.seamgraph.pipeline;

import io.seamgraph.text.classify.Corpus;
import io.seamgraph.text.classify.LabelledText;
import io.seamgraph.text.classify.Taxonomy;
import io.seamgraph.text.classify.TextEvaluation;
import io.seamgraph.text.classify.TextModelTrainer;
import io.seamgraph.text.classify.TextModels;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Trains the sentiment and topic classifiers on the project's corpus and writes them for {@code TextModels.load}. */
@Command(name = "train-text", mixinStandardHelpOptions = true,
    description = "Trains the sentiment and topic classifiers (OpenNLP document categorizers) on the project's labelled"
        + " corpus and writes sentiment.bin, topic.bin and topics.yaml into a folder.")
final class TrainTextCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "folder for the model files")
    Path out;

    @Option(names = "--taxonomy", paramLabel = "YAML",
        description = "topic taxonomy (default: the bundled one, the same as examples/topics.yaml)")
    Path taxonomy;

    @Override
    public Integer call() {
        Taxonomy topics = taxonomy == null ? Taxonomy.bundled() : Taxonomy.load(taxonomy);
        List<LabelledText> corpus = Corpus.bundled(Corpus.TRAINING);
        long started = System.nanoTime();
        TextModels models = TextModelTrainer.train(corpus, topics);
        double seconds = (System.nanoTime() - started) / 1e9;
        models.save(out);
        topics.write(out.resolve(TextModels.TAXONOMY_FILE));
        System.out.printf("Trained on %d texts (%d topics) in %.1f s; models written to %s%n", corpus.size(),
            topics.topics().size(), seconds, out);
        System.out.print(TextEvaluation.of("held-out project set", models, Corpus.bundled(Corpus.EVALUATION)).render());
        return 0;
    }
}
