package org.vigil.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the module's tab-separated resource tables: one row a line, '#' starts a comment line. */
final class Tables {
    private Tables() {
    }

    static List<List<String>> rows(String resource) {
        try (InputStream in = Tables.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<List<String>> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(Arrays.stream(line.split("\t", -1)).map(String::strip).toList());
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    /** A cell holding a '|'-separated list; empty cells give an empty list. */
    static List<String> list(String cell) {
        return cell.isEmpty() ? List.of() : Arrays.stream(cell.split("\\|")).map(String::strip).toList();
    }
}
