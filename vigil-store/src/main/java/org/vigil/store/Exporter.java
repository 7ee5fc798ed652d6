package org.vigil.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/** Writes a store's events, filtered, in one of the {@link ExportFormat}s. */
public final class Exporter {
    private final EventStore store;

    public Exporter(EventStore store) {
        this.store = store;
    }

    /** Exports to a file (its directories are created); returns how many events it holds. */
    public long export(ExportFormat format, ExportFilter filter, Path out) {
        try {
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            if (format == ExportFormat.PARQUET) {
                return ParquetExport.write(store, filter, out);
            }
            try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                return write(format, filter, writer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("exporting " + format + " to " + out + " failed: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new StoreException("exporting " + format + " from store '" + store.location() + "' to " + out
                    + " failed: " + e.getMessage(), e);
        }
    }

    /** Writes a text format to a stream, e.g. standard output; returns how many events it wrote. */
    public long write(ExportFormat format, ExportFilter filter, Writer out) throws IOException {
        EventSink sink = switch (format) {
            case GDELT -> new GdeltSink(out);
            case JSONL -> new JsonlSink(out);
            case CSV -> new CsvSink(out);
            case GEOJSON -> new GeoJsonSink(out);
            case PARQUET -> throw new IllegalArgumentException(
                    "parquet is a binary file format and cannot be written to a stream: export it to a file");
        };
        long count = 0;
        sink.begin();
        try (EventCursor events = store.events(filter)) {
            while (events.hasNext()) {
                if (sink.accept(events.next())) {
                    count++;
                }
            }
        }
        sink.end();
        out.flush();
        return count;
    }
}
