package io.seamgraph.text.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP models from their Maven artifacts (opennlp-models-langdetect, -sentdetect-en, -tokenizer-en), read
 * once per JVM: a Spark executor runs many partitions, and the language model alone is 10 MB. The models are
 * immutable and thread-safe to share; the ME wrappers built on them are not, so each analyser builds its own.
 */
final class OpenNlpModels {

    private static final String LANGUAGE = "/langdetect-183.bin";
    private static final String SENTENCES = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

    private OpenNlpModels() {
    }

    private static final class Language {
        static final LanguageDetectorModel MODEL = load(LANGUAGE, LanguageDetectorModel::new);
    }

    private static final class Sentences {
        static final SentenceModel MODEL = load(SENTENCES, SentenceModel::new);
    }

    private static final class Tokens {
        static final TokenizerModel MODEL = load(TOKENS, TokenizerModel::new);
    }

    static LanguageDetectorModel language() { return Language.MODEL; }
    static SentenceModel sentences() { return Sentences.MODEL; }
    static TokenizerModel tokens() { return Tokens.MODEL; }

    private interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, Reader<T> reader) {
        try (InputStream in = OpenNlpModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath: the "
                    + "opennlp-models-* artifacts must be bundled with the job");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
        }
    }
}
