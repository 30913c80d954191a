package io.seamgraph.text.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Tokens as the classifiers see them. Training and evaluation tokenise raw text with the same OpenNLP English model
 * (from the {@code opennlp-models-tokenizer-en} artifact) that document extraction uses, so the models learn the
 * tokens they will be given; {@link #normalise} then folds case and drops punctuation-only tokens on both paths, so a
 * caller's tokenizer need not match it exactly.
 */
public final class Tokens {

    private static final String MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static volatile TokenizerModel model;

    private Tokens() {
    }

    /** Raw text to tokens with the English tokenizer model (a new tokenizer per call: TokenizerME is not thread-safe). */
    public static String[] tokenize(String text) {
        return new TokenizerME(model()).tokenize(text);
    }

    private static TokenizerModel model() {
        TokenizerModel m = model;
        if (m == null) {
            synchronized (Tokens.class) {
                if (model == null) {
                    try (InputStream in = Tokens.class.getResourceAsStream(MODEL)) {
                        if (in == null) {
                            throw new IllegalStateException("the tokenizer model " + MODEL + " is not on the class path"
                                + " (artifact org.apache.opennlp:opennlp-models-tokenizer-en)");
                        }
                        model = new TokenizerModel(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the tokenizer model " + MODEL, e);
                    }
                }
                m = model;
            }
        }
        return m;
    }

    /**
     * Lower case; negations kept as words ("n't" becomes "not"); tokens with no letter or digit dropped, except the
     * ones that end a clause, which the negation feature needs ("!" and "?" carry sentiment too).
     */
    static String[] normalise(String[] tokens) {
        List<String> out = new ArrayList<>(tokens.length);
        for (String token : tokens) {
            String t = token.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            if (t.equals("n't") || t.equals("nt") || t.equals("'t")) {
                out.add("not");
            } else if (t.chars().anyMatch(Character::isLetterOrDigit)) {
                out.add(t.replaceAll("\\d", "0"));
            } else if (t.equals(".") || t.equals(",") || t.equals("!") || t.equals("?") || t.equals(";")
                || t.equals(":")) {
                out.add(t);
            }
        }
        return out.toArray(String[]::new);
    }
}
