package org.vigil.pipeline.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.Article;
import org.vigil.model.CodedArticle;
import org.vigil.model.Event;

/**
 * A development yardstick on PETRARCH's validation records: the UniversalPetrarch CAMEO re-coding of the unit tests
 * (stylised sentences, many with fictional actors) and the PETRARCH-2 GSR validation file (news sentences; not
 * well-formed XML, so both are read leniently with patterns rather than an XML parser).
 *
 * <p>Each sentence with expected events is coded on its own; the coder's answer is its most confident asserted
 * event. It scores a hit on the root (or the exact code) when any expected event has that root (code). Source and
 * target are compared on the first three letters of the expected actor code (its country, or IGO) against the
 * matched expected event, or the first one. Records that expect no event, or an error, are counted apart: for them
 * the share with an event emitted is reported (lower is better).
 */
public final class PetrarchEvaluation {
    private static final String NONE = "(none)";
    private static final Pattern SENTENCE = Pattern.compile("<Sentence\\b([^>]*)>(.*?)(?=<Sentence\\b|</Sentences>|\\z)",
            Pattern.DOTALL);
    private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final Pattern CODING = Pattern.compile("<EventCoding\\b([^>]*)>");
    private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

    /** One expected event. */
    public record Expected(String code, String source, String target) {
        String root() {
            return rootOf(code);
        }
    }

    /** One validation record: its text and what it should yield (empty when it should yield nothing). */
    public record Record(String set, String id, LocalDate date, String text, List<Expected> expected) {
    }

    /** One scored record. */
    public record Outcome(Record record, String code, String source, String target, String rule) {
        boolean none() {
            return NONE.equals(code);
        }

        Expected matched() {
            for (Expected e : record.expected()) {
                if (e.code().equals(code)) {
                    return e;
                }
            }
            for (Expected e : record.expected()) {
                if (e.root().equals(rootOf(code))) {
                    return e;
                }
            }
            return record.expected().get(0);
        }

        boolean rootHit() {
            return record.expected().stream().anyMatch(e -> e.root().equals(rootOf(code)));
        }

        boolean codeHit() {
            return record.expected().stream().anyMatch(e -> e.code().equals(code));
        }

        String goldSource() {
            return country(matched().source());
        }

        String goldTarget() {
            return country(matched().target());
        }
    }

    /** The figures over one set. */
    public record Report(String set, List<Outcome> outcomes, List<Outcome> quiet) {
        public void print(PrintStream out, boolean details) {
            out.printf("%s: %d records with events, %d expecting none%n", set, outcomes.size(), quiet.size());
            out.printf("  root accuracy:          %.3f%n", share(outcomes, Outcome::rootHit));
            out.printf("  exact-code accuracy:    %.3f%n", share(outcomes, Outcome::codeHit));
            List<Outcome> src = outcomes.stream().filter(o -> o.goldSource() != null).toList();
            List<Outcome> tgt = outcomes.stream().filter(o -> o.goldTarget() != null).toList();
            out.printf("  source country acc.:    %.3f (%d with a country)%n",
                    share(src, o -> o.goldSource().equals(o.source())), src.size());
            out.printf("  target country acc.:    %.3f (%d with a country)%n",
                    share(tgt, o -> o.goldTarget().equals(o.target())), tgt.size());
            out.printf("  share with no event:    %.3f%n", share(outcomes, Outcome::none));
            out.printf("  root acc. where coded:  %.3f%n",
                    share(outcomes.stream().filter(o -> !o.none()).toList(), Outcome::rootHit));
            out.printf("  no-event records coded: %.3f%n", share(quiet, o -> !o.none()));
            Map<String, Map<String, Integer>> confusion = new TreeMap<>();
            for (Outcome o : outcomes) {
                confusion.computeIfAbsent(o.matched().root(), k -> new TreeMap<>())
                        .merge(o.none() ? NONE : rootOf(o.code()), 1, Integer::sum);
            }
            out.println("  confusion (gold root: coded root count, ...):");
            confusion.forEach((gold, row) -> {
                StringBuilder b = new StringBuilder(String.format("    %-4s", gold));
                row.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .forEach(e -> b.append(' ').append(e.getKey()).append(' ').append(e.getValue()).append(','));
                out.println(b.substring(0, b.length() - 1));
            });
            if (details) {
                for (Outcome o : outcomes) {
                    if (!o.rootHit() || !java.util.Objects.equals(o.goldSource(), o.source())
                            || !java.util.Objects.equals(o.goldTarget(), o.target())) {
                        Expected m = o.matched();
                        out.printf("  MISS %s gold=%s %s>%s got=%s %s>%s [%s] %s%n", o.record().id(), m.code(),
                                m.source(), m.target(), o.code(), o.source(), o.target(), o.rule(),
                                o.record().text());
                    }
                }
                for (Outcome o : quiet) {
                    if (!o.none()) {
                        out.printf("  EXTRA %s got=%s %s>%s [%s] %s%n", o.record().id(), o.code(), o.source(),
                                o.target(), o.rule(), o.record().text());
                    }
                }
            }
        }
    }

    private static double share(List<Outcome> list, Predicate<Outcome> hit) {
        return list.isEmpty() ? 0 : (double) list.stream().filter(hit).count() / list.size();
    }

    static String rootOf(String code) {
        return code == null || code.length() < 2 ? code : code.substring(0, 2);
    }

    /** The country part of a PETRARCH actor code: its first three letters, or null for none ("---"). */
    static String country(String code) {
        if (code == null || code.length() < 3) {
            return null;
        }
        String c = code.substring(0, 3).toUpperCase();
        return c.equals("---") ? null : c;
    }

    /** Reads the records of a PETRARCH validation file. */
    public static List<Record> read(Path file, String set) {
        String xml;
        try {
            xml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read", e);
        }
        xml = COMMENT.matcher(xml).replaceAll("");
        List<Record> records = new ArrayList<>();
        Matcher s = SENTENCE.matcher(xml);
        while (s.find()) {
            Map<String, String> head = attrs(s.group(1));
            String body = s.group(2);
            Matcher t = TEXT.matcher(body);
            if (!t.find()) {
                continue;
            }
            String text = t.group(1).replaceAll("\\s+", " ").trim();
            List<Expected> expected = new ArrayList<>();
            boolean skip = false;
            Matcher c = CODING.matcher(body.substring(0, t.start()));
            while (c.find()) {
                Map<String, String> a = attrs(c.group(1));
                if (a.containsKey("error")) {
                    skip = true;
                } else if (a.containsKey("eventcode")) {
                    expected.add(new Expected(a.get("eventcode"), a.get("sourcecode"), a.get("targetcode")));
                }
            }
            if (skip) {
                continue;
            }
            records.add(new Record(set, head.getOrDefault("id", "?"), date(head.get("date")), text, expected));
        }
        return records;
    }

    private static LocalDate date(String s) {
        try {
            return LocalDate.parse(s, DateTimeFormatter.BASIC_ISO_DATE);
        } catch (RuntimeException e) {
            return LocalDate.of(2008, 8, 6);
        }
    }

    private static Map<String, String> attrs(String s) {
        Map<String, String> m = new TreeMap<>();
        Matcher a = ATTR.matcher(s);
        while (a.find()) {
            m.put(a.group(1), a.group(2));
        }
        return m;
    }

    /** Codes every record with {@code coder} and scores the answers. */
    public Report evaluate(String set, List<Record> records, Function<Article, CodedArticle> coder) {
        List<Outcome> outcomes = new ArrayList<>();
        List<Outcome> quiet = new ArrayList<>();
        for (Record r : records) {
            CodedArticle coded;
            try {
                coded = coder.apply(new Article(r.id(), null, null, null, r.date(), null, "en", r.text(),
                        set + "#" + r.id()));
            } catch (RuntimeException e) {
                System.err.println(r.id() + ": cannot code: " + e);
                (r.expected().isEmpty() ? quiet : outcomes).add(new Outcome(r, NONE, null, null, "error"));
                continue;
            }
            Event best = coded.events().stream().filter(e -> !e.negated())
                    .max(Comparator.comparingDouble(Event::confidence)).orElse(null);
            Outcome o = best == null ? new Outcome(r, NONE, null, null, null)
                    : new Outcome(r, best.cameo(), PloverEvaluation.country(best.source()),
                            PloverEvaluation.country(best.target()), best.rule());
            (r.expected().isEmpty() ? quiet : outcomes).add(o);
        }
        return new Report(set, outcomes, quiet);
    }


    /**
     * Runs both sets from the UniversalPetrarch folder and prints their figures. The unit tests name fictional
     * actors, so {@code unitTestCoder} should know PETRARCH's validation dictionaries ({@link #validationActors},
     * {@link #validationAgents}); the GSR sentences are real news, for Vigil's own knowledge.
     */
    public void run(Path dir, Function<Article, CodedArticle> unitTestCoder, Function<Article, CodedArticle> coder,
                    PrintStream out, boolean details) {
        evaluate("unit-tests", read(dir.resolve("PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml"), "unit-tests"),
                unitTestCoder).print(out, details);
        evaluate("gsr", read(dir.resolve("PETR2_GSR_validation.xml"), "gsr"), coder).print(out, details);
    }

    /** The actor dictionary PETRARCH's unit tests are written for, in the UniversalPetrarch folder. */
    public static Path validationActors(Path dir) {
        return dir.resolve("PETR.Validate.actors.txt");
    }

    /** Its agent dictionary, in the PETRARCH-2 dictionaries folder beside the UniversalPetrarch one. */
    public static Path validationAgents(Path dir) {
        return dir.resolveSibling("dictionaries").resolve("PETR.Validate.agents.txt");
    }
}
