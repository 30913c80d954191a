package io.seamgraph.sample;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.ColumnMetaData;
import org.apache.parquet.format.Encoding;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.PageEncodingStats;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;

/**
 * Puts a Parquet footer in a canonical order. parquet-mr collects each column chunk's encodings in a hash set of enum
 * constants, whose order follows identity hash codes and so changes from one JVM to the next; sorting them (and the
 * encoding statistics) makes the file's bytes depend on its rows only. The footer keeps its length; the data pages
 * before it are not touched. (The classes come with Spark, through parquet-hadoop.)
 */
final class ParquetFooter {

    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

    private ParquetFooter() {
    }

    static void canonicalise(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = channel.size();
            ByteBuffer tail = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            channel.read(tail, size - 8);
            int footerLength = tail.getInt(0);
            long footerStart = size - 8 - footerLength;
            ByteBuffer footer = ByteBuffer.allocate(footerLength);
            channel.read(footer, footerStart);
            FileMetaData metadata = Util.readFileMetaData(new ByteArrayInputStream(footer.array()));
            for (RowGroup group : metadata.getRow_groups()) {
                for (ColumnChunk chunk : group.getColumns()) {
                    sort(chunk.getMeta_data());
                }
            }
            ByteArrayOutputStream rewritten = new ByteArrayOutputStream(footerLength);
            Util.writeFileMetaData(metadata, rewritten);
            ByteBuffer out = ByteBuffer.allocate(rewritten.size() + 8).order(ByteOrder.LITTLE_ENDIAN);
            out.put(rewritten.toByteArray()).putInt(rewritten.size()).put(MAGIC).flip();
            channel.truncate(footerStart);
            channel.write(out, footerStart);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite the Parquet footer of " + file, e);
        }
    }

    private static void sort(ColumnMetaData column) {
        List<Encoding> encodings = new ArrayList<>(column.getEncodings());
        encodings.sort(Comparator.comparingInt(Encoding::getValue));
        column.setEncodings(encodings);
        if (column.isSetEncoding_stats()) {
            List<PageEncodingStats> stats = new ArrayList<>(column.getEncoding_stats());
            stats.sort(Comparator.<PageEncodingStats>comparingInt(s -> s.getPage_type().getValue())
                .thenComparingInt(s -> s.getEncoding().getValue()));
            column.setEncoding_stats(stats);
        }
    }
}
