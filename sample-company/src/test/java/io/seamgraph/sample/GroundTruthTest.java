package io.seamgraph.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.seamgraph.contract.RecordKind;
import io.seamgraph.contract.SourceDefinition;
import io.seamgraph.contract.SourcesFile;
import io.seamgraph.contract.SourcesYaml;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith({LocalSpark.class, SampleCompany.class})
class GroundTruthTest {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Set<String> PLACEHOLDERS = Set.of("email:noemail@example.com", "phone:+447000000000",
        "phone:+44000000000");

    private Path out;
    private SourcesFile sources;
    private SparkSession spark;
    private final Map<String, List<Map<String, String>>> cache = new HashMap<>();

    @BeforeEach
    void read(SampleCompany.Generated company, SparkSession spark) {
        this.out = company.out();
        this.sources = SourcesYaml.load(out.resolve("sources.yaml"));
        this.spark = spark;
    }

    @Test
    void every_profile_record_appears_in_the_truth_exactly_once() {
        Map<String, List<Map<String, String>>> truth = truth("records.csv").stream()
            .collect(Collectors.groupingBy(r -> r.get("source")));
        Set<String> persons = truth("persons.csv").stream().map(r -> r.get("person_id")).collect(Collectors.toSet());
        Set<String> ids = new HashSet<>();
        for (SourceDefinition source : sources.config().sourcesOf(RecordKind.PROFILE)) {
            List<Map<String, String>> rows = rows(source);
            List<Map<String, String>> listed = truth.get(source.name());
            assertThat(listed).as(source.name()).hasSameSizeAs(rows);
            for (int i = 0; i < rows.size(); i++) {
                Map<String, String> t = listed.get(i);
                assertThat(t.get("row")).isEqualTo(Integer.toString(i + 1));
                assertThat(t.get("record_id")).as(source.name() + " row " + (i + 1))
                    .isEqualTo(Extracts.value(source, rows.get(i), "recordId"));
                assertThat(persons).contains(t.get("person_id"));
                if (t.get("record_id") == null) {
                    assertThat(t.get("dirty")).isEqualTo("missing record id");
                } else {
                    assertThat(ids.add(source.system() + ":" + t.get("record_id"))).as("unique record id").isTrue();
                }
            }
        }
        Set<String> personsWithRecords = truth.values().stream().flatMap(List::stream).map(r -> r.get("person_id"))
            .collect(Collectors.toSet());
        assertThat(personsWithRecords).isEqualTo(persons);
    }

    @Test
    void identifiers_shared_by_different_persons_are_only_household_or_placeholder_values() {
        Map<String, Set<String>> owners = identityOwners();
        Map<String, Set<String>> shared = new TreeMap<>();
        owners.forEach((key, people) -> {
            if (people.size() > 1) {
                shared.put(key, people);
            }
        });
        Map<String, Map<String, String>> listed = new TreeMap<>();
        truth("shared_identifiers.csv").forEach(r -> listed.put(r.get("kind") + ":" + r.get("value"), r));
        assertThat(listed.keySet()).isEqualTo(shared.keySet());

        Map<String, String> household = new HashMap<>();
        truth("persons.csv").forEach(p -> household.put(p.get("person_id"), p.get("household_id")));
        long households = 0;
        for (Map.Entry<String, Set<String>> e : shared.entrySet()) {
            Map<String, String> row = listed.get(e.getKey());
            assertThat(Integer.parseInt(row.get("person_count"))).as(e.getKey()).isEqualTo(e.getValue().size());
            if (row.get("reason").equals("household")) {
                households++;
                assertThat(e.getKey()).startsWith("email:");
                assertThat(e.getValue()).hasSizeBetween(2, 4);
                assertThat(e.getValue().stream().map(household::get).collect(Collectors.toSet()))
                    .containsExactly(row.get("household_id"));
            } else {
                assertThat(row.get("reason")).isEqualTo("placeholder");
                assertThat(PLACEHOLDERS).contains(e.getKey());
                assertThat(e.getValue()).as(e.getKey() + " is used by many").hasSizeGreaterThan(10);
            }
        }
        assertThat(households).isPositive();
        assertThat(listed.values().stream().map(r -> r.get("reason"))).contains("placeholder");
    }

    @Test
    void most_records_share_a_strong_identifier_with_another_record_of_their_person_and_a_few_share_none() {
        Map<String, Set<String>> owners = identityOwners();
        Map<String, List<Set<String>>> recordsByPerson = new HashMap<>();
        forEachProfileRow((source, row, person, clean) -> {
            if (clean) {
                Set<String> keys = new HashSet<>(identities(source, row));
                keys.removeIf(k -> owners.get(k).size() > 1);
                recordsByPerson.computeIfAbsent(person, p -> new ArrayList<>()).add(keys);
            }
        });
        long records = 0;
        long linked = 0;
        for (List<Set<String>> personRecords : recordsByPerson.values()) {
            if (personRecords.size() < 2) {
                continue;
            }
            for (int i = 0; i < personRecords.size(); i++) {
                records++;
                Set<String> mine = personRecords.get(i);
                boolean link = false;
                for (int j = 0; j < personRecords.size() && !link; j++) {
                    link = j != i && personRecords.get(j).stream().anyMatch(mine::contains);
                }
                linked += link ? 1 : 0;
            }
        }
        double share = (double) linked / records;
        assertThat(share).as("records linked by a strong identifier").isBetween(0.8, 0.99);
    }

    @Test
    void phones_are_valid_uk_mobiles_in_many_formats_apart_from_placeholders_and_dirty_rows() throws Exception {
        Set<String> formats = new TreeSet<>();
        List<String> checked = new ArrayList<>();
        forEachProfileRow((source, row, person, clean) -> {
            if (!clean) {
                return;
            }
            for (String phone : Extracts.values(source, row, "phones")) {
                if (phone.equals("0000000000") || phone.equals("07000000000")) {
                    continue;
                }
                checked.add(phone);
                formats.add(phone.replaceAll("[0-9]", "9"));
            }
        });
        for (String phone : checked) {
            var number = PHONES.parse(phone, "GB");
            assertThat(PHONES.isValidNumber(number)).as(phone).isTrue();
            assertThat(PHONES.getNumberType(number)).as(phone).isEqualTo(PhoneNumberUtil.PhoneNumberType.MOBILE);
        }
        assertThat(checked).hasSizeGreaterThan(300);
        assertThat(formats).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void dirty_rows_exist_are_listed_and_are_the_only_invalid_rows() {
        List<Map<String, String>> dirty = truth("dirty_rows.csv");
        assertThat(dirty.stream().map(r -> r.get("problem")).collect(Collectors.toSet())).containsExactlyInAnyOrder(
            "missing record id", "unparseable timestamp", "invalid phone", "malformed e-mail",
            "refers to a person id its system does not have");
        Set<String> listed = dirty.stream().map(r -> r.get("source") + "#" + r.get("row")).collect(Collectors.toSet());
        assertThat(listed).hasSameSizeAs(dirty);

        Map<String, Set<String>> profileIds = new HashMap<>();
        for (SourceDefinition s : sources.config().sourcesOf(RecordKind.PROFILE)) {
            profileIds.put(s.system(), rows(s).stream().map(r -> Extracts.value(s, r, "recordId"))
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        }
        Set<String> found = new HashSet<>();
        for (SourceDefinition s : sources.config().sources()) {
            List<Map<String, String>> rows = rows(s);
            for (int i = 0; i < rows.size(); i++) {
                List<String> problems = problems(s, rows.get(i), profileIds);
                if (!problems.isEmpty()) {
                    found.add(s.name() + "#" + (i + 1));
                }
            }
        }
        assertThat(found).isEqualTo(listed);
        long interactionRows = sources.config().sourcesOf(RecordKind.INTERACTION).stream()
            .mapToLong(s -> rows(s).size()).sum();
        assertThat((double) dirty.size() / interactionRows).isBetween(0.001, 0.01);
    }

    @Test
    void every_gap_type_appears_at_a_realistic_rate_with_evidence_that_exists() {
        List<Map<String, String>> gaps = truth("silo_gaps.csv");
        Map<String, Set<String>> idsBySource = new HashMap<>();
        for (SourceDefinition s : sources.config().sources()) {
            String idField = s.kind() == RecordKind.PROFILE ? "recordId" : "interactionId";
            idsBySource.put(s.name(), rows(s).stream().map(r -> Extracts.value(s, r, idField))
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        }
        Set<String> units = Company.UNITS.stream().map(Company.Unit::key).collect(Collectors.toSet());
        Map<String, Set<String>> personsByType = new TreeMap<>();
        for (Map<String, String> gap : gaps) {
            personsByType.computeIfAbsent(gap.get("gap_type"), k -> new TreeSet<>()).add(gap.get("person_id"));
            String[] evidence = gap.get("evidence").split(";");
            String[] evidenceSources = gap.get("evidence_sources").split(";");
            assertThat(evidence).hasSameSizeAs(evidenceSources);
            for (int i = 0; i < evidence.length; i++) {
                assertThat(idsBySource.get(evidenceSources[i])).as(gap.toString()).contains(evidence[i]);
            }
            assertThat(units).containsAll(List.of(gap.get("units").split(";")));
            assertThat(Instant.parse(gap.get("at"))).isNotNull();
            if (gap.get("gap_type").equals("conflicting_data")) {
                assertThat(gap.get("attribute")).isIn("date_of_birth", "surname", "address");
                assertThat(gap.get("units").split(";")).hasSizeBetween(1, 2);
            }
        }
        assertThat(personsByType.keySet()).containsExactlyInAnyOrder(java.util.Arrays.stream(GapType.values())
            .map(GapType::key).toArray(String[]::new));
        personsByType.forEach((type, persons) -> assertThat((double) persons.size() / SampleCompany.CUSTOMERS)
            .as(type).isBetween(0.02, 0.09));
        assertThat(gaps).allMatch(g -> g.get("injected").equals("true"));
    }

    // ---- helpers

    private interface ProfileRowVisitor {
        void visit(SourceDefinition source, Map<String, String> row, String person, boolean clean);
    }

    private void forEachProfileRow(ProfileRowVisitor visitor) {
        Map<String, List<Map<String, String>>> truth = truth("records.csv").stream()
            .collect(Collectors.groupingBy(r -> r.get("source")));
        for (SourceDefinition source : sources.config().sourcesOf(RecordKind.PROFILE)) {
            List<Map<String, String>> rows = rows(source);
            List<Map<String, String>> listed = truth.get(source.name());
            for (int i = 0; i < rows.size(); i++) {
                visitor.visit(source, rows.get(i), listed.get(i).get("person_id"), listed.get(i).get("dirty") == null);
            }
        }
    }

    /** Normalised strong identifiers ({@code kind:value}) to the persons whose records carry them. */
    private Map<String, Set<String>> identityOwners() {
        Map<String, Set<String>> owners = new HashMap<>();
        forEachProfileRow((source, row, person, clean) -> identities(source, row)
            .forEach(key -> owners.computeIfAbsent(key, k -> new TreeSet<>()).add(person)));
        return owners;
    }

    private static List<String> identities(SourceDefinition source, Map<String, String> row) {
        List<String> keys = new ArrayList<>();
        for (String email : Extracts.values(source, row, "emails")) {
            String v = email.trim().toLowerCase(Locale.ROOT);
            if (EMAIL.matcher(v).matches()) {
                keys.add("email:" + v);
            }
        }
        for (String phone : Extracts.values(source, row, "phones")) {
            String e164 = e164(phone);
            if (e164 != null) {
                keys.add("phone:" + e164);
            }
        }
        Extracts.values(source, row, "accountIds").forEach(v -> keys.add("account:" + v.trim()));
        Extracts.values(source, row, "loyaltyIds").forEach(v -> keys.add("loyalty:" + v.trim()));
        Extracts.values(source, row, "deviceIds").forEach(v -> keys.add("device:" + v.trim()));
        return keys;
    }

    /** E.164 by libphonenumber with GB as the default region; null for text that is no full number. */
    private static String e164(String phone) {
        try {
            String v = PHONES.format(PHONES.parse(phone, "GB"), PhoneNumberUtil.PhoneNumberFormat.E164);
            return v.length() >= 12 ? v : null;
        } catch (NumberParseException e) {
            return null;
        }
    }

    private List<String> problems(SourceDefinition s, Map<String, String> row, Map<String, Set<String>> profileIds) {
        List<String> problems = new ArrayList<>();
        String zone = sources.config().defaults().timeZone();
        if (s.kind() == RecordKind.PROFILE) {
            if (Extracts.value(s, row, "recordId") == null) {
                problems.add("missing record id");
            }
            String updated = Extracts.value(s, row, "updatedAt");
            if (updated != null && !Extracts.parses(s, zone, updated)) {
                problems.add("unparseable timestamp");
            }
            for (String phone : Extracts.values(s, row, "phones")) {
                if (e164(phone) == null) {
                    problems.add("invalid phone");
                }
            }
            for (String email : Extracts.values(s, row, "emails")) {
                if (!EMAIL.matcher(email.trim()).matches()) {
                    problems.add("malformed e-mail");
                }
            }
        } else {
            if (Extracts.value(s, row, "interactionId") == null) {
                problems.add("missing record id");
            }
            if (!Extracts.parses(s, zone, Extracts.value(s, row, "timestamp"))) {
                problems.add("unparseable timestamp");
            }
            if (!profileIds.get(s.personSystem()).contains(Extracts.value(s, row, "personId"))) {
                problems.add("unknown person");
            }
        }
        return problems;
    }

    private List<Map<String, String>> rows(SourceDefinition source) {
        return cache.computeIfAbsent(source.name(), n -> Extracts.rows(sources, source, spark));
    }

    private List<Map<String, String>> truth(String file) {
        return Extracts.csv(out.resolve("truth").resolve(file));
    }
}
