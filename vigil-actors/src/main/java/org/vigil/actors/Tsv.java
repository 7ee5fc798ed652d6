package org.vigil.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Vigil's knowledge files: UTF-8, tab-separated, one header line, "#" lines and blank lines ignored.
 * A malformed file fails loudly with its name and line, because a silently skipped row would code actors wrongly
 * without anyone noticing.
 */
final class Tsv {

    /** One data row: its 1-based line number and its fields, in header order. */
    record Row(String file, int line, List<String> fields) {
        String get(int i) {
            return fields.get(i);
        }

        String where() {
            return file + ":" + line;
        }
    }

    private Tsv() {
    }

    static List<Row> read(String file, Reader reader, List<String> header) {
        List<Row> rows = new ArrayList<>();
        boolean seenHeader = false;
        try (BufferedReader in = reader instanceof BufferedReader br ? br : new BufferedReader(reader)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (n == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> fields = Arrays.asList(line.split("\t", -1));
                if (!seenHeader) {
                    if (!fields.equals(header)) {
                        throw new IllegalArgumentException(file + ":" + n + ": expected header " + String.join(" | ", header)
                                + " but found " + String.join(" | ", fields));
                    }
                    seenHeader = true;
                    continue;
                }
                if (fields.size() != header.size()) {
                    throw new IllegalArgumentException(file + ":" + n + ": expected " + header.size() + " columns, found "
                            + fields.size());
                }
                rows.add(new Row(file, n, List.copyOf(fields)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (!seenHeader) {
            throw new IllegalArgumentException(file + ": no header line " + String.join(" | ", header));
        }
        return rows;
    }

    /** "-" and empty mean no value. */
    static String value(String field) {
        String s = field.strip();
        return s.isEmpty() || s.equals("-") ? null : s;
    }

    /** A "|"-separated list; "-" and empty mean an empty list. */
    static List<String> list(String field) {
        String s = value(field);
        if (s == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : s.split("\\|")) {
            String p = part.strip();
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }
}
