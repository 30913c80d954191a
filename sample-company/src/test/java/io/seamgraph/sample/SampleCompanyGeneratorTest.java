package io.seamgraph.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@ExtendWith(LocalSpark.class)
class SampleCompanyGeneratorTest {

    @Test
    void the_same_seed_gives_byte_identical_files_and_another_seed_different_ones(@TempDir Path dir, SparkSession spark)
        throws IOException {
        SampleCompanyGenerator.generate(GeneratorOptions.of(200, 11, dir.resolve("a")));
        SampleCompanyGenerator.generate(GeneratorOptions.of(200, 11, dir.resolve("b")));
        SampleCompanyGenerator.generate(GeneratorOptions.of(200, 12, dir.resolve("c")));

        Map<String, byte[]> a = files(dir.resolve("a"));
        Map<String, byte[]> b = files(dir.resolve("b"));
        Map<String, byte[]> c = files(dir.resolve("c"));
        assertThat(a.keySet()).isEqualTo(b.keySet()).isEqualTo(c.keySet()).contains("sources.yaml",
            "shop/accounts.parquet", "truth/silo_gaps.csv");
        a.forEach((file, bytes) -> assertThat(Arrays.equals(bytes, b.get(file))).as(file).isTrue());
        a.forEach((file, bytes) -> {
            if (!file.equals("sources.yaml")) {
                assertThat(Arrays.equals(bytes, c.get(file))).as(file).isFalse();
            }
        });
        assertThat(a.get("sources.yaml")).isEqualTo(c.get("sources.yaml"));
    }

    @Test
    void a_fresh_jvm_writes_the_same_bytes_as_this_one(@TempDir Path dir, SparkSession spark) throws Exception {
        SampleCompanyGenerator.generate(GeneratorOptions.of(150, 21, dir.resolve("here")));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
            .filter(a -> a.startsWith("--add-opens")).forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), GenerateCommand.class.getName(),
            "--customers", "150", "--seed", "21", "--out", dir.resolve("there").toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(dir.resolve("fork.log").toFile()).start();

        assertThat(process.waitFor()).as(Files.readString(dir.resolve("fork.log"))).isZero();
        Map<String, byte[]> here = files(dir.resolve("here"));
        Map<String, byte[]> there = files(dir.resolve("there"));
        assertThat(there.keySet()).isEqualTo(here.keySet());
        here.forEach((file, bytes) -> assertThat(Arrays.equals(bytes, there.get(file))).as(file).isTrue());
    }

    @Test
    void row_counts_grow_with_the_number_of_customers(@TempDir Path dir, SparkSession spark) {
        GenerationSummary small = SampleCompanyGenerator.generate(GeneratorOptions.of(100, 3, dir.resolve("small")));
        GenerationSummary large = SampleCompanyGenerator.generate(GeneratorOptions.of(400, 3, dir.resolve("large")));

        assertThat(small.rows("truth/persons.csv")).isEqualTo(100);
        assertThat(large.rows("truth/persons.csv")).isEqualTo(400);
        for (Extract e : Extract.values()) {
            double ratio = (double) large.rows(e.location()) / small.rows(e.location());
            assertThat(ratio).as(e.location()).isBetween(2.5, 6.0);
        }
        assertThat(large.bytes()).isGreaterThan(small.bytes() * 2);
        assertThat(large.render()).contains("shop/orders.parquet", "silence", "Dirty rows");
    }

    @Test
    void the_command_writes_the_company_and_prints_the_summary(@TempDir Path dir, SparkSession spark) {
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new GenerateCommand()).setOut(new PrintWriter(out));

        int exit = command.execute("--customers", "60", "--seed", "5", "--weeks", "6", "--start", "2026-02-02",
            "--out", dir.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Generated 60 customers (seed 5)", "truth/persons.csv");
        assertThat(dir.resolve("sources.yaml")).isRegularFile();
        assertThat(dir.resolve(".staging")).doesNotExist();
    }

    @Test
    void the_command_rejects_options_out_of_range_with_a_usage_error(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new GenerateCommand()).setErr(new PrintWriter(err));

        assertThat(command.execute("--customers", "0", "--weeks", "2", "--out", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("customers must be between 1", "weeks must be between 4 and 104");
        assertThat(command.execute("--customers", "10")).isEqualTo(2);
    }

    @Test
    void the_options_hold_the_documented_defaults() {
        GeneratorOptions options = GeneratorOptions.of(10, 1, Path.of("out"));
        assertThat(options.start()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(options.weeks()).isEqualTo(12);
        assertThatThrownBy(() -> new GeneratorOptions(10, 1, null, null, 12))
            .hasMessageContaining("out (the output folder) is required").hasMessageContaining("start");
        CommandLine.Model.CommandSpec spec = new CommandLine(new GenerateCommand()).getCommandSpec();
        assertThat(spec.findOption("--customers").defaultValue()).isEqualTo("2000");
        assertThat(spec.findOption("--seed").defaultValue()).isEqualTo("42");
        assertThat(spec.findOption("--out").required()).isTrue();
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
