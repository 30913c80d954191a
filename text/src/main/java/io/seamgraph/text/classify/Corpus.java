package io.seamgraph.text.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The project's labelled texts: tab-separated {@code sentiment, topic, text} with a header line, {@code \n} in a text
 * for a line break, {@code #} lines for comments. {@code train.tsv} trains the bundled models; {@code eval.tsv} was
 * written separately and is only ever used to measure them.
 */
public final class Corpus {

    public static final String TRAINING = "train.tsv";
    public static final String EVALUATION = "eval.tsv";
    private static final String FOLDER = "/io/seamgraph/text/corpus/";

    private Corpus() {
    }

    public static List<LabelledText> bundled(String name) {
        try (InputStream in = Corpus.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no bundled corpus " + FOLDER + name);
            }
            return read(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the corpus " + name, e);
        }
    }

    static List<LabelledText> read(InputStream in, String origin) throws IOException {
        List<LabelledText> texts = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = reader.readLine();
        if (!"sentiment\ttopic\ttext".equals(header)) {
            throw new IllegalArgumentException(origin + " line 1: expected the header 'sentiment<TAB>topic<TAB>text', found '"
                + header + "'");
        }
        int number = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", 3);
            String where = origin + " line " + number;
            if (cells.length != 3 || cells[2].isBlank()) {
                throw new IllegalArgumentException(where + ": expected three tab-separated cells (sentiment, topic, text)");
            }
            if (!Sentiment.LABELS.contains(cells[0])) {
                throw new IllegalArgumentException(where + ": sentiment must be one of " + Sentiment.LABELS
                    + ", found '" + cells[0] + "'");
            }
            texts.add(new LabelledText(where, cells[0], cells[1], cells[2].replace("\\n", "\n").strip()));
        }
        return texts;
    }
}
