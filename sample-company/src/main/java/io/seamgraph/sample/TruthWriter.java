package io.seamgraph.sample;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The ground truth, written alongside the extracts: the true persons, which person every record and interaction
 * belongs to, the identifiers shared by different persons (and why), every silo gap, and every invalid row.
 */
final class TruthWriter implements Closeable {

    static final String FOLDER = "truth";

    private final CsvSink persons;
    private final CsvSink records;
    private final CsvSink interactions;
    private final CsvSink gaps;
    private final CsvSink dirty;
    private final CsvSink shared;
    private final Map<String, Long> gapCounts = new TreeMap<>();
    private long dirtyRows;

    /** Placeholder values (normalised) and how many persons carry each. */
    private final Map<String, long[]> placeholders = new LinkedHashMap<>();

    TruthWriter(Path out) {
        Path folder = out.resolve(FOLDER);
        persons = new CsvSink(folder.resolve("persons.csv"), new String[] {"person_id", "given_name", "family_name",
            "date_of_birth", "household_id", "email", "mobile", "postcode", "city", "systems", "injected_gap",
            "conflicting_attribute"});
        records = new CsvSink(folder.resolve("records.csv"), new String[] {"source", "system", "row", "record_id",
            "person_id", "duplicate", "dirty"});
        interactions = new CsvSink(folder.resolve("interactions.csv"), new String[] {"source", "interaction_id",
            "person_id"});
        gaps = new CsvSink(folder.resolve("silo_gaps.csv"), new String[] {"gap_type", "person_id", "evidence",
            "evidence_sources", "units", "at", "attribute", "injected"});
        dirty = new CsvSink(folder.resolve("dirty_rows.csv"), new String[] {"source", "row", "id", "field",
            "problem"});
        shared = new CsvSink(folder.resolve("shared_identifiers.csv"), new String[] {"kind", "value", "reason",
            "person_count", "household_id"});
        placeholders.put("email:" + Profiles.PLACEHOLDER_EMAIL, new long[1]);
        placeholders.put("phone:" + Profiles.e164(Profiles.PLACEHOLDER_PHONE_CRM), new long[1]);
        placeholders.put("phone:" + Profiles.e164(Profiles.PLACEHOLDER_PHONE_OTHERS), new long[1]);
    }

    void person(Person p) {
        StringJoiner systems = new StringJoiner(";");
        p.systems().forEach(s -> systems.add(s.key()));
        persons.write(p.id(), p.given().name(), p.family(), p.dob().toString(), p.household().id(), p.email(),
            p.mobile(), p.household().address().postcode(), p.household().address().town(), systems.toString(),
            p.gap() == null ? null : p.gap().key(), p.conflict() == null ? null : p.conflict().key());
    }

    void record(Extract extract, long row, String recordId, Person p, boolean duplicate, String dirtyProblem) {
        records.write(extract.sourceName(), extract.system().key(), row, recordId, p.id(), duplicate,
            dirtyProblem);
    }

    void interaction(Extract extract, String id, String personId) {
        interactions.write(extract.sourceName(), id, personId);
    }

    void dirty(Extract extract, long row, String id, String field, Dirt.Problem problem) {
        dirty.write(extract.sourceName(), row, id, field, problem.text());
        dirtyRows++;
    }

    void gap(GapType type, String personId, List<String> evidence, List<String> sources, Iterable<String> units,
             long at, String attribute, boolean injected) {
        gaps.write(type.key(), personId, String.join(";", evidence), String.join(";", sources),
            String.join(";", units), TimeAxis.isoUtc(at), attribute, injected);
        gapCounts.merge(type.key(), 1L, Long::sum);
    }

    /** Counts a person once for each placeholder value among the normalised identifiers of their records. */
    void placeholderUse(Iterable<String> identityKeys) {
        for (String key : identityKeys) {
            long[] count = placeholders.get(key);
            if (count != null) {
                count[0]++;
            }
        }
    }

    void householdShare(String email, int persons, String householdId) {
        shared.write("email", email, "household", persons, householdId);
    }

    Map<String, Long> gapCounts() {
        return gapCounts;
    }

    long dirtyRows() {
        return dirtyRows;
    }

    @Override
    public void close() {
        placeholders.forEach((key, count) -> {
            if (count[0] >= 2) {
                int colon = key.indexOf(':');
                shared.write(key.substring(0, colon), key.substring(colon + 1), "placeholder", count[0], null);
            }
        });
        shared.close();
        persons.close();
        records.close();
        interactions.close();
        gaps.close();
        dirty.close();
    }
}
