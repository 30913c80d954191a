package io.seamgraph.sample;

import io.seamgraph.contract.SourceFormat;
import java.io.Closeable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes each person's records and touches to the extracts as soon as they are planned, with the truth rows that go
 * with them. Parquet extracts are staged as JSON Lines and converted at the end.
 */
final class CompanyWriter implements Closeable {

    private final Map<Extract, RowSink> sinks = new EnumMap<>(Extract.class);
    private final TruthWriter truth;
    private final long seed;
    private final long customers;

    CompanyWriter(Path out, Path staging, TruthWriter truth, long seed, long customers) {
        this.truth = truth;
        this.seed = seed;
        this.customers = customers;
        for (Extract e : Extract.values()) {
            RowSink sink = switch (e.format()) {
                case CSV -> new CsvSink(out.resolve(e.location()), e.columnNames());
                case JSONL -> new JsonlSink(out.resolve(e.location()), e.columnNames());
                case PARQUET -> new JsonlSink(stagingFile(staging, e), e.columnNames());
                default -> throw new IllegalStateException(e + ": table extracts are csv, jsonl or parquet, not " + e.format());
            };
            sinks.put(e, sink);
        }
    }

    static Path stagingFile(Path staging, Extract e) {
        return staging.resolve(e.sourceName() + ".jsonl");
    }

    /** Writes one person; returns whether any of their written records carries the household's family e-mail. */
    boolean write(Person p, Profiles.PersonProfiles profiles, Journeys.Journey journey) {
        Dirt dirt = new Dirt(seed, p.index());
        truth.person(p);
        boolean family = false;
        List<String> identities = new ArrayList<>();
        for (ProfileRecord r : profiles.records()) {
            Object[] row = Rows.profile(r, journey.consents());
            family |= writeProfile(p, r, row, dirt, identities);
        }
        truth.placeholderUse(new TreeSet<>(identities));
        int[] junk = new int[Extract.values().length];
        String[][] refs = new String[CompanySystem.values().length][2];
        for (ProfileRecord r : profiles.records()) {
            refs[r.system.ordinal()][r.ordinal] = r.recordId;
        }
        for (Touch t : journey.touches()) {
            String[] ids = refs[t.extract.system().ordinal()];
            String personRef = ids[t.recordOrdinal] != null ? ids[t.recordOrdinal] : ids[0];
            RowSink sink = sinks.get(t.extract);
            sink.write(Rows.interaction(t, personRef));
            truth.interaction(t.extract, t.id, p.id());
            Dirt.Problem problem = dirt.forInteraction(t.extract);
            if (problem != null) {
                writeDirtyInteraction(p, t, personRef, problem, dirt, junk);
            }
        }
        for (GapRules.Finding f : journey.findings()) {
            truth.gap(f.type(), p.id(), f.evidence().stream().map(t -> t.id).toList(),
                f.evidence().stream().map(t -> t.extract.sourceName()).toList(), f.units(), f.at(), null,
                f.type() == p.gap());
        }
        if (profiles.conflicting() != null && profiles.reference() != null) {
            ProfileRecord odd = profiles.conflicting();
            ProfileRecord ref = profiles.reference();
            truth.gap(GapType.CONFLICTING_DATA, p.id(), List.of(odd.recordId, ref.recordId),
                List.of(Extract.profileOf(odd.system).sourceName(), Extract.profileOf(ref.system).sourceName()),
                new TreeSet<>(List.of(odd.system.unit(), ref.system.unit())), odd.updatedAt, p.conflict().key(), true);
        }
        return family;
    }

    private boolean writeProfile(Person p, ProfileRecord r, Object[] row, Dirt dirt, List<String> identities) {
        Extract e = Extract.profileOf(r.system);
        RowSink sink = sinks.get(e);
        Dirt.Problem problem = dirt.forProfile(e);
        String field = null;
        if (problem != null && problem != Dirt.Problem.MISSING_ID) {
            int column = switch (problem) {
                case INVALID_PHONE -> Rows.phoneColumn(e);
                case MALFORMED_EMAIL -> Rows.emailColumn(e);
                default -> Rows.profileTimestampColumn(e);
            };
            field = e.columns().get(column).name();
            row[column] = switch (problem) {
                case INVALID_PHONE -> dirt.invalidPhone();
                case MALFORMED_EMAIL -> dirt.malformedEmail(r.email);
                default -> dirt.badTimestamp(e);
            };
        }
        long number = sink.nextRowNumber();
        sink.write(row);
        boolean spoilt = field != null;
        truth.record(e, number, r.recordId, p, r.ordinal > 0, spoilt ? problem.text() + " in " + field : null);
        if (spoilt) {
            truth.dirty(e, number, r.recordId, field, problem);
        }
        if (problem == Dirt.Problem.MISSING_ID) {
            Object[] copy = row.clone();
            copy[0] = null;
            long copyNumber = sink.nextRowNumber();
            sink.write(copy);
            truth.record(e, copyNumber, null, p, true, problem.text());
            truth.dirty(e, copyNumber, null, e.columns().get(0).name(), problem);
        }
        String email = identity("email", row[Rows.emailColumn(e)]);
        String phone = identity("phone", row[Rows.phoneColumn(e)]);
        if (email != null) {
            identities.add(email);
        }
        if (phone != null) {
            identities.add(phone);
        }
        String familyEmail = p.household().familyEmail();
        return familyEmail != null && email != null && email.equals("email:" + familyEmail);
    }

    private void writeDirtyInteraction(Person p, Touch t, String personRef, Dirt.Problem problem, Dirt dirt,
                                       int[] junk) {
        Extract e = t.extract;
        RowSink sink = sinks.get(e);
        Object[] row = Rows.interaction(t, personRef);
        String id = Journeys.interactionId(e, p.index(), Journeys.MAX_TOUCHES_PER_EXTRACT + junk[e.ordinal()]++,
            seed);
        row[0] = problem == Dirt.Problem.MISSING_ID ? null : id;
        int column = switch (problem) {
            case MISSING_ID -> 0;
            case BAD_TIMESTAMP -> Rows.interactionTimestampColumn(e);
            default -> Rows.personColumn(e);
        };
        if (problem == Dirt.Problem.BAD_TIMESTAMP) {
            row[column] = dirt.badTimestamp(e);
        } else if (problem == Dirt.Problem.UNKNOWN_PERSON) {
            row[column] = Profiles.recordId(e.system(), customers + dirt.ghost(1_000_000), 0, seed);
        }
        long number = sink.nextRowNumber();
        sink.write(row);
        if (row[0] != null) {
            truth.interaction(e, id, problem == Dirt.Problem.UNKNOWN_PERSON ? null : p.id());
        }
        truth.dirty(e, number, (String) row[0], e.columns().get(column).name(), problem);
    }

    /** {@code kind:value} of a strong identifier as a resolver would normalise it, or null when it is not one. */
    static String identity(String kind, Object value) {
        if (!(value instanceof String s)) {
            return null;
        }
        if (kind.equals("email")) {
            String v = s.trim().toLowerCase(Locale.ROOT);
            int at = v.indexOf('@');
            return at > 0 && at < v.length() - 1 && v.indexOf('.', at) > at + 1 && v.indexOf(' ') < 0
                ? "email:" + v : null;
        }
        long digits = s.chars().filter(Character::isDigit).count();
        return digits >= 10 ? "phone:" + Profiles.e164(s) : null;
    }

    Map<Extract, Long> rowCounts() {
        Map<Extract, Long> counts = new EnumMap<>(Extract.class);
        sinks.forEach((e, s) -> counts.put(e, s.rows()));
        return counts;
    }

    @Override
    public void close() {
        sinks.values().forEach(RowSink::close);
    }

    static boolean staged(Extract e) {
        return e.format() == SourceFormat.PARQUET;
    }
}
