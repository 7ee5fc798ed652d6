package org.vigil.events.patterns;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Named sets of lemmas, written {@code @NAME = word|word|two words} with continuation lines that start with
 * {@code |}. Pattern files use them to keep long lists in one place; the cue file is made of them.
 */
public final class WordSets {
    private final Map<String, Set<String>> sets = new HashMap<>();
    private String open;

    /** Reads a file made only of word sets and comments. */
    public static WordSets read(Reader reader, String source) throws IOException {
        WordSets sets = new WordSets();
        BufferedReader lines = new BufferedReader(reader);
        int number = 0;
        for (String raw = lines.readLine(); raw != null; raw = lines.readLine()) {
            number++;
            int hash = raw.indexOf('#');
            String line = hash < 0 ? raw : raw.substring(0, hash);
            String where = source + ":" + number + ": ";
            if (!line.isBlank() && !sets.accept(line, where)) {
                throw new IllegalStateException(where + "expected a word set '@NAME = a|b' or a '|' continuation");
            }
        }
        return sets;
    }

    /** True when the line defines or continues a set, which it then records. */
    boolean accept(String line, String where) {
        String trimmed = line.strip();
        if (trimmed.startsWith("@")) {
            int eq = trimmed.indexOf('=');
            if (eq < 0) {
                throw new IllegalStateException(where + "a word set needs '=': " + trimmed);
            }
            String name = trimmed.substring(1, eq).strip();
            if (!name.matches("[A-Z][A-Z0-9_]*")) {
                throw new IllegalStateException(where + "word set names are upper case: @" + name);
            }
            if (sets.containsKey(name)) {
                throw new IllegalStateException(where + "word set @" + name + " defined twice");
            }
            sets.put(name, new LinkedHashSet<>());
            open = name;
            add(trimmed.substring(eq + 1), where);
            return true;
        }
        if (trimmed.startsWith("|") && open != null) {
            add(trimmed, where);
            return true;
        }
        open = null;
        return false;
    }

    private void add(String words, String where) {
        for (String w : words.split("\\|")) {
            String word = w.strip().toLowerCase(Locale.ROOT);
            if (word.isEmpty()) {
                continue;
            }
            if (word.startsWith("@")) {
                sets.get(open).addAll(get(word.substring(1).toUpperCase(Locale.ROOT), where));
            } else if (!sets.get(open).add(word)) {
                throw new IllegalStateException(where + "'" + word + "' twice in @" + open);
            }
        }
    }

    /** The named set; it must have been defined on an earlier line. */
    public Set<String> get(String name, String where) {
        Set<String> set = sets.get(name);
        if (set == null) {
            throw new IllegalStateException(where + "unknown word set @" + name);
        }
        return set;
    }

    public boolean has(String name) {
        return sets.containsKey(name);
    }

    /** Expands {@code a|@SET|b c} into its words. */
    List<String> expand(String alternatives, String where) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : alternatives.split("\\|")) {
            String word = w.strip().toLowerCase(Locale.ROOT);
            if (word.isEmpty()) {
                throw new IllegalStateException(where + "empty alternative in '" + alternatives + "'");
            }
            if (word.startsWith("@")) {
                out.addAll(get(word.substring(1).toUpperCase(Locale.ROOT), where));
            } else {
                out.add(word);
            }
        }
        return List.copyOf(out);
    }

    /** Every set, read-only. */
    public Map<String, Set<String>> all() {
        Map<String, Set<String>> copy = new HashMap<>();
        sets.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
        return Map.copyOf(copy);
    }
}
