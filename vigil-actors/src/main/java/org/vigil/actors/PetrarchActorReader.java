package org.vigil.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH/TABARI actor dictionary (Phoenix.Countries.actors.txt and the like): records of a primary phrase
 * with an optional default code, synonym lines starting with "+", and date-restriction lines starting with a tab.
 * "#" and ";" start comments. Codes may also follow the primary phrase on its own line, several of them, as TABARI
 * allowed ("JAVIER_SOLANA_ [IGOEUREEC 950701-951231][IGOWSTNAT 951205-991006]"). A restriction PETRARCH would reject
 * (a date that is no date, a range that ends before it starts) is skipped and reported, as PETRARCH skips it.
 */
public final class PetrarchActorReader {

    private static final Pattern BRACKETS = Pattern.compile("\\[([^\\]]*)\\]");

    private PetrarchActorReader() {
    }

    public static DictionaryRead<PetrarchActor> read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read PETRARCH actors " + file, e);
        }
    }

    /** Reads a dictionary; {@code name} is used in reasons and reports. */
    public static DictionaryRead<PetrarchActor> read(Reader reader, String name) {
        List<PetrarchActor> entries = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Entry entry = null;
        try (BufferedReader in = new BufferedReader(reader)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.contains("---STOP---")) {
                    break;
                }
                String body = withoutComment(n == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line);
                String where = name + ":" + n;
                if (body.isBlank()) {
                    continue;
                }
                String trimmed = body.strip();
                if (Character.isWhitespace(body.charAt(0)) && trimmed.startsWith("[")) {
                    if (entry == null) {
                        skipped.add(where + ": date restriction before any actor");
                    } else {
                        codes(trimmed, where, entry.codes, skipped);
                    }
                } else if (trimmed.startsWith("+")) {
                    if (entry == null) {
                        skipped.add(where + ": synonym before any actor");
                    } else {
                        entry.phrases.add(phrase(trimmed.substring(1)));
                        codes(trimmed, where, entry.codes, skipped);
                    }
                } else {
                    finish(entry, entries, skipped);
                    entry = new Entry(where);
                    entry.phrases.add(phrase(trimmed));
                    codes(trimmed, where, entry.codes, skipped);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read PETRARCH actors " + name, e);
        }
        finish(entry, entries, skipped);
        return new DictionaryRead<>(entries, skipped);
    }

    /** An entry being read. */
    private static final class Entry {
        final String where;
        final List<String> phrases = new ArrayList<>();
        final List<DatedCode> codes = new ArrayList<>();

        Entry(String where) {
            this.where = where;
        }
    }

    private static void finish(Entry entry, List<PetrarchActor> entries, List<String> skipped) {
        if (entry == null) {
            return;
        }
        entry.phrases.removeIf(String::isEmpty);
        if (entry.codes.isEmpty() || entry.phrases.isEmpty()) {
            skipped.add(entry.where + ": actor without " + (entry.phrases.isEmpty() ? "a phrase" : "a code"));
        } else {
            entries.add(new PetrarchActor(entry.phrases, entry.codes, entry.where));
        }
    }

    private static void codes(String text, String where, List<DatedCode> into, List<String> skipped) {
        Matcher m = BRACKETS.matcher(text);
        while (m.find()) {
            try {
                into.add(DatedCode.parse(m.group(1)));
            } catch (IllegalArgumentException e) {
                skipped.add(where + ": " + e.getMessage());
            }
        }
    }

    private static String phrase(String text) {
        int bracket = text.indexOf('[');
        return (bracket < 0 ? text : text.substring(0, bracket)).strip();
    }

    private static String withoutComment(String line) {
        int cut = line.length();
        int hash = line.indexOf('#');
        int semicolon = line.indexOf(';');
        if (hash >= 0) {
            cut = hash;
        }
        if (semicolon >= 0 && semicolon < cut) {
            cut = semicolon;
        }
        return line.substring(0, cut);
    }
}
