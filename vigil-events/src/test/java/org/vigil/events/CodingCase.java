package org.vigil.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.vigil.model.Actor;
import org.vigil.model.Event;

/**
 * One case of {@code coding-cases.txt}: a sentence, its report date and every event it should give.
 *
 * @param sentence  the text to code
 * @param published the report date
 * @param expected  the events, in any order
 * @param line      where the case starts in the file
 */
record CodingCase(String sentence, LocalDate published, List<Expected> expected, int line) {
    static final String RESOURCE = "coding-cases.txt";

    /** One expected event; null fields are not checked. */
    record Expected(String code, String source, String target, boolean negated, boolean hypothetical,
                    boolean historical, String said, LocalDate date, String basis, String text) {

        boolean matches(Event e) {
            boolean codeOk = code.length() == 2 ? e.root().equals(code) : e.cameo().equals(code);
            return codeOk && label(e.source()).equals(source) && label(e.target()).equals(target)
                    && e.negated() == negated && e.hypothetical() == hypothetical && e.historical() == historical
                    && (said == null || label(e.attributedTo()).equals(said))
                    && (date == null || date.equals(e.date())) && (basis == null || basis.equals(e.dateBasis()));
        }
    }

    /** How the cases name an actor: its country, else its organisation, else its code, else its words. */
    static String label(Actor a) {
        if (a == null) {
            return "-";
        }
        if (a.country() != null) {
            return a.country();
        }
        if (a.organization() != null) {
            return a.organization();
        }
        return a.code() != null ? a.code() : a.text();
    }

    @Override
    public String toString() {
        return line + ": " + sentence;
    }

    static List<CodingCase> load() {
        try (InputStream in = CodingCase.class.getResourceAsStream(RESOURCE)) {
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<CodingCase> parse(List<String> lines) {
        List<CodingCase> cases = new ArrayList<>();
        LocalDate published = null;
        String sentence = null;
        int start = 0;
        List<Expected> expected = new ArrayList<>();
        boolean none = false;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i).strip() : "";
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isEmpty()) {
                if (sentence != null) {
                    if (expected.isEmpty() && !none) {
                        throw new IllegalStateException(RESOURCE + ":" + start + ": a case needs => lines");
                    }
                    cases.add(new CodingCase(sentence, published, List.copyOf(expected), start));
                }
                sentence = null;
                expected.clear();
                none = false;
            } else if (line.startsWith("@published ")) {
                published = LocalDate.parse(line.substring("@published ".length()).strip());
            } else if (line.startsWith("=>")) {
                String body = line.substring(2).strip();
                if (body.equals("none")) {
                    none = true;
                } else {
                    expected.add(expectation(body, i + 1));
                }
            } else if (sentence == null) {
                sentence = line;
                start = i + 1;
            } else {
                throw new IllegalStateException(RESOURCE + ":" + (i + 1) + ": one sentence a case: " + line);
            }
        }
        return cases;
    }

    private static Expected expectation(String body, int line) {
        String[] f = body.split(" ");
        String[] dyad = f[1].split(">");
        if (!f[0].matches("\\d{2,4}") || dyad.length != 2) {
            throw new IllegalStateException(RESOURCE + ":" + line + ": expected CODE SOURCE>TARGET: " + body);
        }
        boolean neg = false;
        boolean hyp = false;
        boolean hist = false;
        String said = null;
        LocalDate date = null;
        String basis = null;
        for (int i = 2; i < f.length; i++) {
            String flag = f[i];
            if (flag.equals("neg")) {
                neg = true;
            } else if (flag.equals("hyp")) {
                hyp = true;
            } else if (flag.equals("hist")) {
                hist = true;
            } else if (flag.startsWith("said=")) {
                // An attribution may be several words ("said=Human Rights Watch"): the rest of the line.
                said = String.join(" ", List.of(f).subList(i, f.length)).substring("said=".length());
                break;
            } else if (flag.startsWith("date=")) {
                date = LocalDate.parse(flag.substring(5));
            } else if (flag.startsWith("basis=")) {
                basis = flag.substring(6);
            } else {
                throw new IllegalStateException(RESOURCE + ":" + line + ": unknown flag " + flag);
            }
        }
        return new Expected(f[0], dyad[0], dyad[1], neg, hyp, hist, said, date, basis, body);
    }
}
