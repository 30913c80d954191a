package io.seamgraph.text.classify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Words after a negation, up to the end of the clause, as their own features ("not happy" gives {@code neg=happy}),
 * so "not helpful at all" does not count as praise. Also a feature for "!" and "?" runs. Loaded by class name from a
 * saved model, so it keeps a public no-argument constructor.
 */
public final class NegationFeatureGenerator implements FeatureGenerator {

    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nothing", "nobody", "cannot",
        "without", "hardly", "neither", "nor", "none", "dont", "didnt", "doesnt", "wont", "cant", "isnt", "wasnt");
    private static final Set<String> CLAUSE_ENDS = Set.of(".", ",", "!", "?", ";", ":", "but", "and", "though");

    public NegationFeatureGenerator() {
    }

    @Override
    public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>();
        int window = 0;
        int bangs = 0;
        for (String token : text) {
            if (token.equals("!")) {
                bangs++;
            }
            if (CLAUSE_ENDS.contains(token)) {
                window = 0;
            } else if (NEGATIONS.contains(token)) {
                window = 4;
            } else if (window > 0) {
                features.add("neg=" + token);
                window--;
            }
        }
        if (bangs >= 2) {
            features.add("bangs");
        }
        return features;
    }
}
