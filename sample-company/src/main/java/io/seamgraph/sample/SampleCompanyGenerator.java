package io.seamgraph.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Generates the sample company: a fictional UK retailer's source extracts (CSV, JSON Lines and Parquet), the sources
 * YAML that describes them, and the ground truth ({@code truth/}) that identity resolution, journeys and the silo-gap
 * detectors are measured against.
 *
 * <p>Generation streams: households are made one after another and each person's records and touches are written as
 * soon as they are planned, so memory stays flat whatever the number of customers. Everything about a person comes
 * from random streams seeded by (seed, person index), and nothing depends on wall-clock time or hash order, so the
 * same options give byte-identical files.
 */
public final class SampleCompanyGenerator {

    private static final String STAGING = ".staging";

    private SampleCompanyGenerator() {
    }

    /** Writes the company into {@code options.out()} and says what was written; fails if Spark is not available. */
    public static GenerationSummary generate(GeneratorOptions options) {
        long started = System.nanoTime();
        requireSpark();
        Path out = options.out().toAbsolutePath().normalize();
        Path staging = out.resolve(STAGING);
        TimeAxis axis = new TimeAxis(options.start(), options.weeks() * 7);
        People people = new People(options.seed(), options.start());
        Profiles profiles = new Profiles(options.seed(), axis);
        Journeys journeys = new Journeys(options.seed(), axis);

        Map<String, Long> rows = new TreeMap<>();
        long replanned = 0;
        long offPlan = 0;
        Map<String, Long> gaps;
        long dirtyRows;
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the output folder " + out, e);
        }
        try (TruthWriter truth = new TruthWriter(out);
             CompanyWriter writer = new CompanyWriter(out, staging, truth, options.seed(), options.customers());
             DocumentWriter documents = options.documents()
                 ? new DocumentWriter(out, options.seed(), options.customers(), axis) : null) {
            long next = 0;
            for (long h = 0; next < options.customers(); h++) {
                Household household = people.household(h, next, options.customers());
                int familyUsers = 0;
                for (int m = 0; m < household.size(); m++) {
                    Person person = people.person(next + m, household);
                    Profiles.PersonProfiles records = profiles.build(person);
                    Journeys.Journey journey = journeys.plan(person, records);
                    replanned += journey.attempts() > 1 ? 1 : 0;
                    offPlan += journey.asPlanned() ? 0 : 1;
                    if (writer.write(person, records, journey)) {
                        familyUsers++;
                    }
                    if (documents != null) {
                        documents.write(person, records, journey);
                    }
                }
                if (familyUsers >= 2) {
                    truth.householdShare(household.familyEmail(), familyUsers, household.id());
                }
                next += household.size();
            }
            writer.rowCounts().forEach((e, n) -> rows.put(e.location(), n));
            gaps = truth.gapCounts();
            dirtyRows = truth.dirtyRows();
        }
        convertParquet(staging, out);
        if (options.documents()) {
            SourcesYamlWriter.writeWithDocuments(CompanySources.config(), out.resolve(CompanySources.FILE_NAME));
        } else {
            SourcesYamlWriter.write(CompanySources.config(), out.resolve(CompanySources.FILE_NAME));
        }
        rows.putAll(truthRowCounts(out));
        return new GenerationSummary(out, options.customers(), options.seed(), rows, gaps, dirtyRows, replanned,
            offPlan, size(out), Duration.ofNanos(System.nanoTime() - started));
    }

    private static void convertParquet(Path staging, Path out) {
        try (ParquetConverter converter = ParquetConverter.start()) {
            for (Extract e : Extract.values()) {
                if (CompanyWriter.staged(e)) {
                    converter.convert(CompanyWriter.stagingFile(staging, e), e, out.resolve(e.location()));
                }
            }
        }
        ParquetConverter.deleteTree(staging);
    }

    private static void requireSpark() {
        try {
            Class.forName("org.apache.spark.sql.SparkSession", false, SampleCompanyGenerator.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Writing the Parquet extracts needs Apache Spark on the class path, and it is"
                + " not there. Run the generator through ./seamgraph generate (the job launcher provides Spark), or add"
                + " org.apache.spark:spark-sql_2.13 to the class path.", e);
        }
    }

    private static Map<String, Long> truthRowCounts(Path out) {
        Map<String, Long> counts = new TreeMap<>();
        try (Stream<Path> files = Files.list(out.resolve(TruthWriter.FOLDER))) {
            for (Path f : files.sorted().toList()) {
                try (Stream<String> lines = Files.lines(f)) {
                    counts.put(TruthWriter.FOLDER + "/" + f.getFileName(), lines.count() - 1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot count the truth files in " + out, e);
        }
        return counts;
    }

    private static long size(Path out) {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + out, e);
        }
    }
}
