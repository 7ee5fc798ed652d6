package org.vigil.events.caseeval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the task's TSV: a header {@code id, EventSnippet, SubType}, then one snippet a line, tab-separated, with no
 * quoting. Errors name the file and line.
 */
public final class CaseSnippets {

    static final String HEADER = "id\tEventSnippet\tSubType";

    private CaseSnippets() {
    }

    public static List<CaseSnippet> read(Path tsv) throws IOException {
        try (Reader in = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
            return parse(in, tsv.toString());
        }
    }

    /**
     * @throws IllegalArgumentException naming the source and line of a missing header, a line without three
     *                                  cells, an empty cell or a repeated id
     */
    static List<CaseSnippet> parse(Reader reader, String source) throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        String header = lines.readLine();
        if (header == null || !header.replace("\uFEFF", "").equals(HEADER)) {
            throw new IllegalArgumentException(source + ":1: expected header '" + HEADER + "' but found '"
                    + header + "'");
        }
        List<CaseSnippet> snippets = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int number = 1;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String where = source + ":" + number + ": ";
            String[] cells = line.split("\t", -1);
            if (cells.length != 3) {
                throw new IllegalArgumentException(where + "expected 3 tab-separated cells, found " + cells.length);
            }
            for (String cell : cells) {
                if (cell.isBlank()) {
                    throw new IllegalArgumentException(where + "empty cell");
                }
            }
            if (!ids.add(cells[0])) {
                throw new IllegalArgumentException(where + "repeated id " + cells[0]);
            }
            snippets.add(new CaseSnippet(cells[0], cells[1], cells[2].trim()));
        }
        return snippets;
    }
}
