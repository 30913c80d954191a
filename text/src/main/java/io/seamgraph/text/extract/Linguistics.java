package io.seamgraph.text.extract;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

/** Language, sentences and tokens with OpenNLP. Not thread-safe: one per Spark partition (or thread). */
public final class Linguistics {

    /** ISO 639-3 "undetermined": too little text to tell. */
    public static final String UNDETERMINED = "und";
    private static final int MIN_LETTERS_FOR_LANGUAGE = 12;
    private static final double MIN_LANGUAGE_CONFIDENCE = 0.02;

    private final LanguageDetectorME language = new LanguageDetectorME(OpenNlpModels.language());
    private final SentenceDetectorME sentences = new SentenceDetectorME(OpenNlpModels.sentences());
    private final TokenizerME tokenizer = new TokenizerME(OpenNlpModels.tokens());

    /** ISO 639-3 code of the text's language, {@value #UNDETERMINED} when the text is too short to tell. */
    public String language(String text) {
        if (text == null || text.codePoints().filter(Character::isLetter).count() < MIN_LETTERS_FOR_LANGUAGE) {
            return UNDETERMINED;
        }
        Language best = language.predictLanguage(text);
        return best.getConfidence() < MIN_LANGUAGE_CONFIDENCE ? UNDETERMINED : best.getLang();
    }

    public List<String> sentences(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> all = new ArrayList<>();
        // The English model splits within a paragraph; blank lines (turns of a transcript) are boundaries anyway.
        for (String paragraph : text.split("\\R\\s*\\R|\\R(?=\\S+:)")) {
            if (!paragraph.isBlank()) {
                all.addAll(List.of(sentences.sentDetect(paragraph.strip())));
            }
        }
        return all;
    }

    public String[] tokens(String sentence) {
        return tokenizer.tokenize(sentence);
    }

    /** Every token of every sentence, in order. */
    public String[] tokens(List<String> sentences) {
        List<String> all = new ArrayList<>();
        for (String sentence : sentences) {
            all.addAll(List.of(tokens(sentence)));
        }
        return all.toArray(String[]::new);
    }
}
