package io.seamgraph.analytics.documents;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Document-to-customer linking against ground truth. A linked document is right when the customer it is linked to
 * is its true person: most of that customer's records belong to the person (so a customer that merged two people
 * counts for one of them only). Precision: right links among all links. Recall: right links among the documents
 * that have a true person. Documents that belong to nobody count only against precision, when linked.
 */
public final class DocumentLinkEvaluation {

    /** @param recordKeys the records of the customer the document is linked to (empty when unlinked) */
    public record Link(String documentKey, boolean linked, List<String> recordKeys) {
    }

    public record Result(long documents, long withPerson, long linked, long correct, long linkedToNobody,
                         long missingFromGraph) {
        public double precision() { return linked == 0 ? 0 : (double) correct / linked; }
        public double recall() { return withPerson == 0 ? 0 : (double) correct / withPerson; }
    }

    private DocumentLinkEvaluation() {
    }

    /**
     * @param truthPerson    documentKey to true person id (empty string: nobody), from truth/documents.csv
     * @param personOfRecord SourceRecord key to true person id, from truth/records.csv
     */
    public static Result evaluate(Map<String, String> truthPerson, Collection<Link> links,
                                  Function<String, String> personOfRecord) {
        Map<String, Link> byKey = new HashMap<>();
        links.forEach(l -> byKey.put(l.documentKey(), l));
        long withPerson = 0;
        long linked = 0;
        long correct = 0;
        long nobody = 0;
        long missing = 0;
        for (Map.Entry<String, String> truth : truthPerson.entrySet()) {
            String person = truth.getValue() == null || truth.getValue().isBlank() ? null : truth.getValue();
            if (person != null) {
                withPerson++;
            }
            Link link = byKey.get(truth.getKey());
            if (link == null) {
                missing++;
                continue;
            }
            if (!link.linked()) {
                continue;
            }
            linked++;
            if (person == null) {
                nobody++;
            } else if (majorityPerson(link.recordKeys(), personOfRecord).filter(person::equals).isPresent()) {
                correct++;
            }
        }
        return new Result(truthPerson.size(), withPerson, linked, correct, nobody, missing);
    }

    static Optional<String> majorityPerson(List<String> recordKeys, Function<String, String> personOfRecord) {
        Map<String, Long> counts = recordKeys.stream().map(personOfRecord).filter(Objects::nonNull)
            .collect(Collectors.groupingBy(p -> p, Collectors.counting()));
        return counts.entrySet().stream()
            .max(Map.Entry.<String, Long>comparingByValue()
                // On a tie the smallest person id, so the result does not depend on map order.
                .thenComparing(Map.Entry::getKey, java.util.Comparator.reverseOrder()))
            .map(Map.Entry::getKey);
    }
}
