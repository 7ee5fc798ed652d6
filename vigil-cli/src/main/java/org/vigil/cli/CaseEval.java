package org.vigil.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.vigil.events.caseeval.CaseEvaluation;
import org.vigil.events.caseeval.CaseSnippets;
import org.vigil.events.caseeval.ReportText;
import org.vigil.events.caseeval.Subtask;
import org.vigil.model.Article;

/** Runs the CASE 2021 task 2 evaluation with the full coder. */
final class CaseEval {
    private CaseEval() {
    }

    /** @param misses also list each snippet subtask 3 types wrongly: id, gold, predicted, basis and rule */
    static void run(Path tsv, PrintStream out, boolean misses) {
        try {
            var reports = CaseEvaluation.load().evaluate(CaseSnippets.read(tsv), text ->
                    Coder.pipeline().apply(new Article("case", null, null, null, null, null, "en", text,
                            tsv.toString())).events());
            if (misses) {
                reports.get(Subtask.THREE).predictions().stream().filter(p -> !p.correct()).forEach(p ->
                        out.println("  MISS " + p.id() + " gold=" + p.gold() + " got=" + p.predicted() + " ["
                                + p.basis() + "] " + p.rule()));
            }
            out.print(ReportText.format(reports));
        } catch (IOException e) {
            throw new UncheckedIOException(tsv + ": cannot read", e);
        }
    }
}
