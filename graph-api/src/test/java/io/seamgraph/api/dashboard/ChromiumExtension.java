package io.seamgraph.api.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One headless Chromium per test class, passed to test methods as a {@link Chromium} parameter and closed after the
 * class. Without a Chromium binary the class is skipped, with the reason, before anything else starts: a developer's
 * machine may have none, CI installs Debian's {@code chromium} package (.ci/run) and sets
 * {@code SEAMGRAPH_REQUIRE_CHROMIUM=true}, which turns the skip into a failure.
 * List it before the extensions that start servers, so a skipped class starts none.
 */
final class ChromiumExtension implements ExecutionCondition, ParameterResolver {

    static final String REQUIRE = "SEAMGRAPH_REQUIRE_CHROMIUM";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ChromiumExtension.class);

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Chromium.find().isPresent()) {
            return ConditionEvaluationResult.enabled("Chromium at " + Chromium.find().get());
        }
        String configured = System.getenv("SEAMGRAPH_CHROMIUM");
        String missing = (configured == null || configured.isBlank()
                ? "no Chromium found (set SEAMGRAPH_CHROMIUM, or put one of " + Chromium.NAMES + " on the PATH; "
                : "SEAMGRAPH_CHROMIUM=" + configured + " is not an executable file (")
            + "on Debian: apt-get install chromium). The dashboard's browser test needs a real browser.";
        // CI sets this, so a failed install cannot pass unnoticed as a skipped test.
        if (Boolean.parseBoolean(System.getenv(REQUIRE))) {
            throw new IllegalStateException(missing + " " + REQUIRE + " is set, so this is a failure, not a skip.");
        }
        return ConditionEvaluationResult.disabled("SKIPPED: " + missing);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Chromium.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext classContext = context.getParent().filter(c -> c.getTestMethod().isEmpty()).orElse(context);
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(Running.class, key -> Running.start(),
            Running.class).chromium();
    }

    /** The browser and its profile folder, closed and deleted when the test class is done. */
    private record Running(Chromium chromium, Path profile) implements AutoCloseable {

        static Running start() {
            try {
                Path profile = Files.createTempDirectory("seamgraph-chromium-");
                return new Running(Chromium.launch(Chromium.find().orElseThrow(), profile), profile);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                chromium.close();
            } finally {
                try (Stream<Path> files = Files.walk(profile)) {
                    files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
                }
                Files.deleteIfExists(profile.resolveSibling(profile.getFileName() + ".log"));
            }
        }
    }
}
