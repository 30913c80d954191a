package io.seamgraph.sample;

import java.io.IOException;
import java.nio.file.Path;

/**
 * RFC 4180 CSV: a header row, comma separated, {@code \n} line ends; a value is quoted when it holds a comma, a quote,
 * or leading or trailing blanks, and quotes inside are doubled (read it with {@code quote "} and {@code escape "}).
 */
final class CsvSink extends RowSink {

    CsvSink(Path file, String[] columns) {
        super(file, columns);
        try {
            for (int i = 0; i < columns.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                writeValue(columns[i]);
            }
            out.write('\n');
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + file, e);
        }
    }

    @Override
    protected void writeRow(Object[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            Object v = values[i];
            if (v != null) {
                writeValue(v.toString());
            }
        }
        out.write('\n');
    }

    private void writeValue(String s) throws IOException {
        if (needsQuotes(s)) {
            out.write('"');
            out.write(s.replace("\"", "\"\""));
            out.write('"');
        } else {
            out.write(s);
        }
    }

    static boolean needsQuotes(String s) {
        if (s.isEmpty()) {
            return false;
        }
        if (s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ') {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
