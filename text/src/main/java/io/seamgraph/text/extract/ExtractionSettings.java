package io.seamgraph.text.extract;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one document source configures for extraction; serialisable, so a Spark step ships it to its executors
 * and builds the (not serialisable) analyser there.
 *
 * @param phoneRegion        region for phone numbers written without a country code
 * @param timeZone           zone for days named without a time ("by Friday")
 * @param identifierPatterns named regular expressions, tried in order ({@code order}, {@code account}...)
 * @param brandMarkers       words that mark an outbound message's brand
 */
public record ExtractionSettings(String phoneRegion, String timeZone, Map<String, String> identifierPatterns,
                                 List<String> brandMarkers) implements Serializable {

    public ExtractionSettings {
        identifierPatterns = identifierPatterns == null ? Map.of()
            : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(identifierPatterns));
        brandMarkers = brandMarkers == null ? List.of() : List.copyOf(brandMarkers);
    }
}
