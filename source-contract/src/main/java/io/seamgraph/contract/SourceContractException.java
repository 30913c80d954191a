package io.seamgraph.contract;

import java.nio.file.Path;
import java.util.List;

/** The sources YAML cannot be used; the message lists every problem, each naming the file, the source and the field. */
public final class SourceContractException extends RuntimeException {

    private final List<String> problems;

    public SourceContractException(Path file, List<String> problems) {
        super(format(file, problems));
        this.problems = List.copyOf(problems);
    }

    public SourceContractException(Path file, String problem, Throwable cause) {
        super(format(file, List.of(problem)), cause);
        this.problems = List.of(problem);
    }

    public List<String> problems() {
        return problems;
    }

    private static String format(Path file, List<String> problems) {
        StringBuilder text = new StringBuilder("Invalid sources file ").append(file).append(" (")
            .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").append("):");
        problems.forEach(p -> text.append(System.lineSeparator()).append("  - ").append(p));
        text.append(System.lineSeparator()).append("See docs/sources.md for the contract.");
        return text.toString();
    }
}
