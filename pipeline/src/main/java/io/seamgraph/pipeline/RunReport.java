package io.seamgraph.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.seamgraph.job.Progress;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Times the steps of a run, prints the table at the end, and writes it as JSON for benchmarks. */
final class RunReport {

    private final List<StepReport> steps = new ArrayList<>();
    private final PrintStream out;

    RunReport(PrintStream out) {
        this.out = out;
    }

    <T> T step(String name, Supplier<T> work, java.util.function.Function<T, Map<String, Long>> counts) {
        long start = System.nanoTime();
        T result = work.get();
        steps.add(new StepReport(name, (System.nanoTime() - start) / 1e9, counts.apply(result)));
        return result;
    }

    void print() {
        out.println();
        out.println("=== Seamgraph run summary ===");
        double total = 0;
        for (StepReport step : steps) {
            total += step.seconds();
            out.printf("%-10s %10s%n", step.step(), Progress.format(Duration.ofMillis((long) (step.seconds() * 1000))));
            step.counts().forEach((k, v) -> out.printf("    %-52s %,12d%n", k, v));
        }
        out.printf("%-10s %10s%n", "total", Progress.format(Duration.ofMillis((long) (total * 1000))));
    }

    void writeJson(Path file) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(file.toFile(), Map.of("steps", steps));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report " + file, e);
        }
    }
}
