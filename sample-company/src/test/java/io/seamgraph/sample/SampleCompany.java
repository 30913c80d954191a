package io.seamgraph.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A small generated company (400 customers, seed 7), made once per test JVM and shared by the test classes that read
 * it. Resolves a {@link Generated} parameter; starts the shared SparkSession first so the generator uses it.
 */
final class SampleCompany implements ParameterResolver {

    static final int CUSTOMERS = 400;
    static final long SEED = 7;

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SampleCompany.class);

    /** The generated folder and the summary the generator returned. */
    record Generated(Path out, GenerationSummary summary) {
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Generated.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        LocalSpark.session(context);
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("company", key -> new Holder(),
            Holder.class).generated;
    }

    private static final class Holder implements ExtensionContext.Store.CloseableResource {
        final Generated generated;

        Holder() {
            try {
                Path out = Files.createTempDirectory("sample-company-");
                GenerationSummary summary = SampleCompanyGenerator.generate(GeneratorOptions.of(CUSTOMERS, SEED, out));
                generated = new Generated(out, summary);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            ParquetConverter.deleteTree(generated.out());
        }
    }
}
