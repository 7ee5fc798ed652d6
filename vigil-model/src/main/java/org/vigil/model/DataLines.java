package org.vigil.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a data file that lies beside a class on the classpath, without {@code #} comments and blank lines:
 * the shape of Vigil's small word lists and tables.
 */
public final class DataLines {
    private DataLines() {
    }

    public static List<String> of(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("data file not on the classpath beside " + owner.getName() + ": "
                        + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** Every word of the file's lines, split at white space. */
    public static List<String> words(Class<?> owner, String name) {
        List<String> words = new ArrayList<>();
        for (String line : of(owner, name)) {
            words.addAll(List.of(line.trim().split("\\s+")));
        }
        return words;
    }
}
