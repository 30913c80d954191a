package io.seamgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TextCommandsTest {

    @Test
    void train_text_writes_models_that_evaluate_text_loads_and_scores(@TempDir Path dir) throws Exception {
        Path models = dir.resolve("models");

        String trained = run("train-text", "--out", models.toString());
        String evaluated = run("evaluate-text", "--models", models.toString(), "--per-label");

        assertThat(models.resolve("sentiment.bin")).isRegularFile();
        assertThat(models.resolve("topic.bin")).isRegularFile();
        assertThat(Files.readString(models.resolve("topics.yaml"))).contains("marketing_preferences");
        assertThat(trained).contains("models written to " + models, "held-out project set");
        assertThat(evaluated).contains("held-out project set", "sentiment", "topic", "marketing_preferences");
    }

    @Test
    void evaluate_text_on_a_folder_without_documents_is_a_user_error(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        CommandLine command = SeamgraphJobs.commandLine().setErr(new PrintWriter(err));

        int exit = command.execute("evaluate-text", "--company", dir.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("generate --documents");
    }

    private static String run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(SeamgraphJobs.commandLine().execute(args)).isZero();
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
