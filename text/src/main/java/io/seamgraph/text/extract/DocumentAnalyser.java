package io.seamgraph.text.extract;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One façade over extraction: language, sentences and tokens (OpenNLP), identifiers, promises, brand markers, and
 * the sentiment and topic classifiers. Not thread-safe (OpenNLP's ME wrappers are not): build one per Spark
 * partition; the models behind it are loaded once per JVM.
 */
public final class DocumentAnalyser {

    private final Linguistics linguistics = new Linguistics();
    private final IdentifierFinder identifiers;
    private final PromiseFinder promises;
    private final List<String> brandMarkers;
    private final TextClassifiers classifiers;

    public DocumentAnalyser(ExtractionSettings settings, TextClassifiers classifiers) {
        Map<String, Pattern> patterns = new LinkedHashMap<>();
        settings.identifierPatterns().forEach((name, regex) -> patterns.put(name, Pattern.compile(regex)));
        this.identifiers = new IdentifierFinder(settings.phoneRegion(), patterns);
        this.promises = new PromiseFinder(ZoneId.of(settings.timeZone()));
        this.brandMarkers = settings.brandMarkers();
        this.classifiers = classifiers;
    }

    public Analysis analyse(DocumentInput document) {
        String text = document.text() == null ? "" : document.text();
        List<String> sentences = linguistics.sentences(text);
        String[] tokens = linguistics.tokens(sentences);
        return new Analysis(
            linguistics.language(text),
            sentences.size(),
            tokens.length,
            identifiers.find(text),
            tokens.length == 0 ? null : classifiers.sentiment(tokens),
            tokens.length == 0 ? null : classifiers.topic(tokens),
            promises.find(sentences, document.writtenAt()).orElse(null),
            document.outbound() ? markersIn(text) : List.of());
    }

    private List<String> markersIn(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return brandMarkers.stream().filter(m -> lower.contains(m.toLowerCase(Locale.ROOT))).toList();
    }
}
