package org.vigil.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The layout the event module's tables share: {@code #} comments and blank lines anywhere, one header line, then
 * tab-separated rows with as many non-empty cells as the header. Errors name the file and line, so a bad edit to a
 * table fails loudly where it was made.
 */
public final class TsvTable {

    /** One data row, with where it came from for error messages. */
    public record Row(String where, String[] cells) {
        public String cell(int i) {
            return cells[i];
        }

        public IllegalStateException error(String message) {
            return new IllegalStateException(where + message);
        }
    }

    private TsvTable() {
    }

    /** Reads a table that lies beside {@code owner} on the classpath. */
    public static List<Row> load(Class<?> owner, String name, String header) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("table not on the classpath: " + name);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), name, header);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    public static List<Row> parse(Reader reader, String source, String header) throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        int columns = header.split("\t").length;
        List<Row> rows = new ArrayList<>();
        boolean headerSeen = false;
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = source + ":" + number + ": ";
            if (!headerSeen) {
                if (!line.equals(header)) {
                    throw new IllegalStateException(where + "expected header '" + header + "' but found '" + line
                            + "'");
                }
                headerSeen = true;
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != columns) {
                throw new IllegalStateException(where + "expected " + columns + " tab-separated cells, found "
                        + cells.length);
            }
            for (String cell : cells) {
                if (cell.isBlank()) {
                    throw new IllegalStateException(where + "empty cell (write - for none)");
                }
            }
            rows.add(new Row(where, cells));
        }
        if (!headerSeen) {
            throw new IllegalStateException(source + ": no header line");
        }
        return rows;
    }
}
