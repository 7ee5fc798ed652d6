package org.vigil.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.AnnotatedDocument;
import org.vigil.model.Dependency;
import org.vigil.model.Sentence;
import org.vigil.model.TimeExpression;
import org.vigil.model.Token;

/**
 * Dates an event by the time expression attached to its predicate ("On Wednesday, Serbia said", "declared
 * independence in 2008"), else by the report's date.
 */
final class EventDater {
    static final String EXPLICIT = "explicit";
    static final String RELATIVE = "relative";
    static final String REPORT = "report";

    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*");
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern ISO_YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern WRITTEN_YEAR = Pattern.compile("\\b\\d{4}\\b");
    private static final Pattern MONTH = Pattern.compile("\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
            Pattern.CASE_INSENSITIVE);
    /** Clause links through which a predicate shares the time of the one it hangs from. */
    private static final int MAX_CLIMB = 2;
    /** How deep inside its own clause a predicate's date is looked for. */
    private static final int MAX_DEPTH = 3;
    /** Relations that open another clause, whose dates are its own. */
    private static final List<String> CLAUSAL = List.of("ccomp", "xcomp", "advcl", "acl", "parataxis", "conj",
            "csubj", "dep", "ref");

    /** A date and how the text gives it. */
    record Dated(LocalDate date, String basis) {
    }

    private final LocalDate published;
    /** Per sentence: token index to the time expression covering it. */
    private final Map<Long, TimeExpression> byToken = new HashMap<>();

    EventDater(AnnotatedDocument doc) {
        this.published = doc.article().published();
        int datelineEnd = ArgumentResolver.datelineEnd(doc);
        for (TimeExpression t : doc.times()) {
            if (!t.type().equals("DATE") && !t.type().equals("TIME")) {
                continue;
            }
            Sentence s = doc.sentences().get(t.sentence());
            for (Token token : s.tokens()) {
                // The dateline's date is when the report was filed, not when anything in it happened.
                boolean dateline = s.index() == 0 && token.index() < datelineEnd;
                if (t.span().contains(token.span()) && !dateline) {
                    byToken.put(((long) s.index() << 32) | token.index(), t);
                }
            }
        }
    }

    Dated date(SentenceGraph g, List<Integer> anchors) {
        int sentence = g.sentence().index();
        for (int anchor : anchors) {
            int current = anchor;
            for (int step = 0; step <= MAX_CLIMB && current >= 0; step++) {
                Dated d = attached(g, sentence, current);
                if (d != null) {
                    return d;
                }
                current = sharedTimeGovernor(g, current);
            }
        }
        // "captured the town from Armenian forces in 2020": the date may hang lower in the same clause.
        for (int anchor : anchors) {
            Dated d = withinClause(g, sentence, anchor, tense(g, anchor), 0);
            if (d != null) {
                return d;
            }
        }
        return new Dated(published, REPORT);
    }

    private Dated withinClause(SentenceGraph g, int sentence, int head, String predicatePos, int depth) {
        if (depth > MAX_DEPTH) {
            return null;
        }
        for (Dependency d : g.out(head)) {
            String r = d.relation();
            if (CLAUSAL.stream().anyMatch(r::startsWith)) {
                continue;
            }
            TimeExpression t = byToken.get(((long) sentence << 32) | d.dependent());
            Dated dated = t == null ? null : resolve(t, predicatePos);
            if (dated == null) {
                dated = withinClause(g, sentence, d.dependent(), predicatePos, depth + 1);
            }
            if (dated != null) {
                return dated;
            }
        }
        return null;
    }

    private Dated attached(SentenceGraph g, int sentence, int head) {
        for (Dependency d : g.out(head)) {
            String r = d.relation();
            if (!(r.startsWith("obl") || r.startsWith("nmod") || r.equals("advmod"))) {
                continue;
            }
            TimeExpression t = byToken.get(((long) sentence << 32) | d.dependent());
            if (t != null) {
                Dated dated = resolve(t, tense(g, head));
                if (dated != null) {
                    return dated;
                }
            }
        }
        return null;
    }

    /**
     * The tag that tells a predicate's tense: its own, or for a bare infinitive or gerund that a verb controls
     * ("began pulling out on Friday", "agreed to withdraw on Monday") that verb's, and for an event noun the verb
     * it hangs from ("were killed in an air strike on Friday").
     */
    private static String tense(SentenceGraph g, int head) {
        int current = head;
        for (int step = 0; step <= MAX_CLIMB; step++) {
            String pos = g.pos(current);
            boolean noun = pos.startsWith("NN");
            if (!pos.equals("VB") && !pos.equals("VBG") && !noun) {
                return pos;
            }
            int governor = -1;
            for (Dependency d : g.in(current)) {
                if (d.governor() >= 0 && (d.relation().equals("xcomp") || noun)) {
                    governor = d.governor();
                }
            }
            if (governor < 0) {
                return pos;
            }
            current = governor;
        }
        return g.pos(current);
    }

    private static int sharedTimeGovernor(SentenceGraph g, int token) {
        for (Dependency d : g.in(token)) {
            String r = d.relation();
            if (d.governor() >= 0 && (r.equals("xcomp") || r.startsWith("conj"))) {
                return d.governor();
            }
        }
        return -1;
    }

    /** The day a time expression names, or null for values that are no day ("PAST_REF", "P3M"). */
    Dated resolve(TimeExpression t, String predicatePos) {
        LocalDate date = parse(t.value());
        if (date == null) {
            return null;
        }
        boolean explicit = WRITTEN_YEAR.matcher(t.text()).find() || MONTH.matcher(t.text()).find();
        if (!explicit && published != null && date.isAfter(published) && weekday(t.text())
                && (predicatePos.equals("VBD") || predicatePos.equals("VBN"))) {
            // "was detained on Monday" in a Friday report: the time tagger looked forward, the past tense looks back.
            date = date.minusWeeks(1);
        }
        boolean past = predicatePos.equals("VBD") || predicatePos.equals("VBN");
        if (past && published != null && date.isAfter(published)) {
            // A past event dated after its report is a misread time ("for a third day"), not a date.
            return null;
        }
        return new Dated(date, explicit ? EXPLICIT : RELATIVE);
    }

    static LocalDate parse(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO_DAY.matcher(value);
        if (m.matches()) {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        }
        m = ISO_WEEK.matcher(value);
        if (m.matches()) {
            return LocalDate.of(Integer.parseInt(m.group(1)), 6, 1)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
        m = ISO_MONTH.matcher(value);
        if (m.matches()) {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
        }
        m = ISO_YEAR.matcher(value);
        if (m.matches()) {
            return LocalDate.of(Integer.parseInt(m.group(1)), 1, 1);
        }
        return null;
    }

    private static boolean weekday(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (lower.contains(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
