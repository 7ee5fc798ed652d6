package org.vigil.actors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The cases of resolution-cases.txt (its header describes the format). */
final class ResolutionCases {

    /** A text of a given date. */
    record Case(String group, LocalDate date, String text) {
    }

    /**
     * One expected mention; a null field expects no value, {@link #ANY} accepts any.
     *
     * @param words      the words to find in the text
     * @param occurrence which occurrence of them, from 1
     * @param uncoded    true when no coded mention is expected there
     */
    record Expected(Case of, String words, int occurrence, boolean uncoded, String country, String organization,
                    String sector, String person) {
        @Override
        public String toString() {
            String where = words + (occurrence > 1 ? "#" + occurrence : "");
            String what = uncoded ? "uncoded" : String.join(" | ", show(country), show(organization), show(sector),
                    show(person));
            return of.group() + ": '" + where + "' → " + what + " (" + of.date() + ")";
        }

        private static String show(String s) {
            return s == null ? "-" : s;
        }
    }

    static final String ANY = "*";

    private ResolutionCases() {
    }

    static List<Expected> load() {
        try (InputStream in = ResolutionCases.class.getResourceAsStream("resolution-cases.txt")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Expected> parse(String file) {
        List<Expected> cases = new ArrayList<>();
        String group = "";
        LocalDate date = null;
        StringBuilder text = null;
        List<String[]> expected = new ArrayList<>();
        int n = 0;
        for (String line : (file + "\n@").split("\n")) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("==") || line.startsWith("@")) {
                if (text != null) {
                    cases.addAll(build(group, date, text.toString(), expected, n));
                }
                text = null;
                expected = new ArrayList<>();
                if (line.startsWith("==")) {
                    group = line.substring(2).strip();
                } else if (line.length() > 1) {
                    date = LocalDate.parse(line.substring(1).strip());
                    text = new StringBuilder();
                }
            } else if (Character.isWhitespace(line.charAt(0))) {
                expected.add(line.strip().split("\\s*\\|\\s*", -1));
            } else if (text != null) {
                text.append(text.length() == 0 ? "" : " ").append(line.strip());
            } else {
                throw new IllegalArgumentException("line " + n + ": text outside a case");
            }
        }
        return cases;
    }

    private static List<Expected> build(String group, LocalDate date, String text, List<String[]> rows, int line) {
        List<Expected> expected = new ArrayList<>();
        Case c = new Case(group, date, text);
        for (String[] f : rows) {
            String words = f[0];
            int occurrence = 1;
            int hash = words.lastIndexOf('#');
            if (hash > 0) {
                occurrence = Integer.parseInt(words.substring(hash + 1));
                words = words.substring(0, hash);
            }
            if (!text.contains(words)) {
                throw new IllegalArgumentException("before line " + line + ": '" + words + "' is not in the text");
            }
            if (f.length == 2 && f[1].equals("uncoded")) {
                expected.add(new Expected(c, words, occurrence, true, null, null, null, null));
            } else if (f.length == 5) {
                expected.add(new Expected(c, words, occurrence, false, value(f[1]), value(f[2]), value(f[3]), value(f[4])));
            } else {
                throw new IllegalArgumentException("before line " + line + ": expected 5 fields or 'uncoded' in "
                        + String.join(" | ", f));
            }
        }
        return expected;
    }

    private static String value(String field) {
        return field.equals("-") ? null : field;
    }
}
