package io.seamgraph.sample;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** JSON Lines: one object per line, fields in column order; a {@code null} value leaves the field out. */
final class JsonlSink extends RowSink {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final JsonGenerator json;

    JsonlSink(Path file, String[] columns) {
        super(file, columns);
        try {
            this.json = FACTORY.createGenerator(out);
            this.json.setRootValueSeparator(null);
            this.json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    @Override
    protected void writeRow(Object[] values) throws IOException {
        json.writeStartObject();
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            json.writeFieldName(columns[i]);
            if (v instanceof String s) {
                json.writeString(s);
            } else if (v instanceof Long n) {
                json.writeNumber(n);
            } else if (v instanceof Integer n) {
                json.writeNumber(n);
            } else if (v instanceof Double n) {
                json.writeNumber(n);
            } else if (v instanceof Boolean flag) {
                json.writeBoolean(flag);
            } else {
                throw new IllegalArgumentException(file + ": cannot write " + v.getClass().getSimpleName());
            }
        }
        json.writeEndObject();
        json.writeRaw('\n');
    }

    @Override
    public void close() {
        try {
            json.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file, e);
        }
        super.close();
    }
}
