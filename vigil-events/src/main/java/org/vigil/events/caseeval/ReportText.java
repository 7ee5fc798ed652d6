package org.vigil.events.caseeval;

import java.util.Locale;
import java.util.Map;

/** Writes the reports of {@link CaseEvaluation} as text, scores in percent as the shared task gave them. */
public final class ReportText {

    /** How many kinds of error the full report lists. */
    private static final int ERRORS_SHOWN = 15;

    private ReportText() {
    }

    /**
     * The full table for subtask 3, every label of the set, then a line for each of subtasks 1 and 2.
     */
    public static String format(Map<Subtask, Report> reports) {
        StringBuilder out = new StringBuilder();
        Report all = reports.get(Subtask.THREE);
        out.append(headline(all)).append('\n');
        out.append(String.format(Locale.ROOT,
                "  decided by the coder's events %d, by cue words alone %d, by the default %d%n",
                all.bases().getOrDefault(Basis.EVENTS, 0), all.bases().getOrDefault(Basis.CUES, 0),
                all.bases().getOrDefault(Basis.DEFAULT, 0)));
        out.append(String.format(Locale.ROOT, "%n  %-30s %6s %6s %6s %6s %6s%n", "type", "P", "R", "F1", "gold",
                "given"));
        for (LabelScore s : all.labels()) {
            out.append(String.format(Locale.ROOT, "  %-30s %6.1f %6.1f %6.1f %6d %6d%n", s.label(),
                    100 * s.precision(), 100 * s.recall(), 100 * s.f1(), s.gold(), s.predicted()));
        }
        out.append(String.format(Locale.ROOT, "%n  most frequent errors (gold -> given):%n"));
        all.errors().stream().limit(ERRORS_SHOWN).forEach(c -> out.append(String.format(Locale.ROOT,
                "  %5d  %s -> %s%n", c.count(), c.gold(), c.predicted())));
        out.append('\n');
        for (Subtask s : new Subtask[] {Subtask.ONE, Subtask.TWO}) {
            out.append(headline(reports.get(s))).append('\n');
        }
        return out.toString();
    }

    private static String headline(Report r) {
        return String.format(Locale.ROOT,
                "CASE 2021 task 2, subtask %d (%s), %d snippets: weighted F1 %.1f, macro F1 %.1f, micro F1 %.1f",
                r.subtask().number(), r.subtask().description(), r.predictions().size(), 100 * r.weightedF1(),
                100 * r.macroF1(), 100 * r.accuracy());
    }
}
