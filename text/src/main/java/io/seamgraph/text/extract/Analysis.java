package io.seamgraph.text.extract;

import java.util.List;

/**
 * Everything extraction learns from one document.
 *
 * @param language     ISO 639-3 code, or {@code und}
 * @param sentiment    null when no classifier is configured
 * @param topic        null when no classifier is configured
 * @param promise      null when the text makes no promise with a due time
 * @param brandMarkers the source's markers found in an outbound text, as configured
 */
public record Analysis(String language, int sentences, int tokens, Identifiers identifiers, Classification sentiment,
                       Classification topic, Promise promise, List<String> brandMarkers) {

    public Analysis {
        brandMarkers = List.copyOf(brandMarkers);
    }
}
