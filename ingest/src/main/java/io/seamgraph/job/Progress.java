package io.seamgraph.job;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.Supplier;

/** Tells the user what a long job is doing now and how long each step took. */
public final class Progress {

    private final PrintStream out;
    private final String job;

    public Progress(PrintStream out, String job) {
        this.out = out;
        this.job = job;
    }

    /** A progress that reports nowhere: for callers (tests, library use) that want only the result. */
    public static Progress silent() {
        return new Progress(new PrintStream(java.io.OutputStream.nullOutputStream()), "");
    }

    public <T> T step(String name, Supplier<T> work) {
        out.printf("[%s] %s ...%n", job, name);
        long start = System.nanoTime();
        T result = work.get();
        out.printf("[%s] %s done in %s%n", job, name, format(Duration.ofNanos(System.nanoTime() - start)));
        return result;
    }

    public void info(String format, Object... args) {
        out.printf("[%s] " + format + "%n", prepend(job, args));
    }

    private static Object[] prepend(String first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    public static String format(Duration d) {
        return d.toMillis() < 60_000 ? String.format("%.1f s", d.toMillis() / 1000.0)
            : String.format("%d min %02d s", d.toMinutes(), d.toSecondsPart());
    }
}
