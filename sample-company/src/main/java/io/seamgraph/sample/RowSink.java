package io.seamgraph.sample;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes rows to one file as they come; counts them and can tell the number of the next row. */
abstract class RowSink implements Closeable {

    private static final int BUFFER = 1 << 18;

    protected final Path file;
    protected final String[] columns;
    protected final Writer out;
    private long rows;

    protected RowSink(Path file, String[] columns) {
        this.file = file;
        this.columns = columns;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            this.out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), BUFFER);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file, e);
        }
    }

    /** Writes one row; values in column order, {@code null} for an empty cell or a missing JSON field. */
    final void write(Object... values) {
        if (values.length != columns.length) {
            throw new IllegalArgumentException(file + ": row has " + values.length + " values for "
                + columns.length + " columns");
        }
        try {
            writeRow(values);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        rows++;
    }

    protected abstract void writeRow(Object[] values) throws IOException;

    /** Rows written so far. */
    final long rows() {
        return rows;
    }

    /** The 1-based number of the row the next {@link #write} call writes (the header is not counted). */
    final long nextRowNumber() {
        return rows + 1;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file, e);
        }
    }
}
