package org.vigil.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a PETRARCH/TABARI agent dictionary (Phoenix.agents.txt): lines "PHRASE {PLURAL} [~CODE]", with plurals made
 * as PETRARCH makes them (a root ending in Y takes IES, one ending in S takes ES, any other S; "{}" means none; an
 * explicit plural replaces the regular one) and substitution sets ("!PERSON! = MAN, MEN, WOMAN") spelled out, with no
 * plural, as PETRARCH does. "#" starts a comment.
 */
public final class PetrarchAgentReader {

    private PetrarchAgentReader() {
    }

    public static DictionaryRead<PetrarchAgent> read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read PETRARCH agents " + file, e);
        }
    }

    /** Reads a dictionary; {@code name} is used in reasons and reports. */
    public static DictionaryRead<PetrarchAgent> read(Reader reader, String name) {
        List<PetrarchAgent> entries = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Map<String, List<String>> sets = new HashMap<>();
        try (BufferedReader in = new BufferedReader(reader)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                int hash = line.indexOf('#');
                String body = (hash >= 0 ? line.substring(0, hash) : line).strip();
                String where = name + ":" + n;
                if (body.isEmpty()) {
                    continue;
                }
                if (body.contains("!") && body.contains("=")) {
                    defineSet(body, where, sets, skipped);
                    continue;
                }
                int open = body.indexOf('[');
                int close = body.indexOf(']', open + 1);
                if (open < 0 || close < 0) {
                    skipped.add(where + ": agent without a [code]");
                    continue;
                }
                String code = body.substring(open + 1, close).replace("~", "").strip();
                String phrase = body.substring(0, open).strip();
                if (phrase.contains("!")) {
                    expand(phrase, code, where, sets, entries, skipped);
                } else if (phrase.contains("{")) {
                    int end = phrase.indexOf('}');
                    if (end < 0) {
                        skipped.add(where + ": missing '}'");
                        continue;
                    }
                    String plural = phrase.substring(phrase.indexOf('{') + 1, end).strip();
                    entries.add(new PetrarchAgent(phrase.substring(0, phrase.indexOf('{')).strip(), code, where));
                    if (!plural.isEmpty()) {
                        entries.add(new PetrarchAgent(plural, code, where));
                    }
                } else {
                    entries.add(new PetrarchAgent(phrase, code, where));
                    entries.add(new PetrarchAgent(plural(phrase), code, where));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read PETRARCH agents " + name, e);
        }
        return new DictionaryRead<>(entries, skipped);
    }

    /** PETRARCH's regular plural; a trailing "_", which only marks the end of the phrase, is dropped first. */
    static String plural(String phrase) {
        String root = phrase.replaceAll("_+$", "");
        if (root.endsWith("Y")) {
            return root.substring(0, root.length() - 1) + "IES";
        }
        return root + (root.endsWith("S") ? "ES" : "S");
    }

    private static void defineSet(String body, String where, Map<String, List<String>> sets, List<String> skipped) {
        int a = body.indexOf('!');
        int b = body.indexOf('!', a + 1);
        int eq = body.indexOf('=', Math.max(b, 0));
        if (b < 0 || eq < 0) {
            skipped.add(where + ": substitution set incorrectly defined");
            return;
        }
        List<String> items = new ArrayList<>();
        for (String item : body.substring(eq + 1).split(",")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        sets.put(body.substring(a + 1, b), items);
    }

    private static void expand(String phrase, String code, String where, Map<String, List<String>> sets,
                               List<PetrarchAgent> entries, List<String> skipped) {
        int a = phrase.indexOf('!');
        int b = phrase.indexOf('!', a + 1);
        List<String> items = b < 0 ? null : sets.get(phrase.substring(a + 1, b));
        if (items == null) {
            skipped.add(where + ": unknown or malformed substitution marker in '" + phrase + "'");
            return;
        }
        for (String item : items) {
            entries.add(new PetrarchAgent(phrase.substring(0, a) + item + phrase.substring(b + 1), code, where));
        }
    }
}
