package org.vigil.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.vigil.events.caseeval.CaseEvaluation;
import org.vigil.events.caseeval.CaseSnippets;
import org.vigil.events.caseeval.ReportText;
import org.vigil.model.Article;

/** Runs the CASE 2021 task 2 evaluation with the full coder. */
final class CaseEval {
    private CaseEval() {
    }

    static void run(Path tsv, PrintStream out) {
        try {
            out.print(ReportText.format(CaseEvaluation.load().evaluate(CaseSnippets.read(tsv), text ->
                    Coder.pipeline().apply(new Article("case", null, null, null, null, null, "en", text,
                            tsv.toString())).events())));
        } catch (IOException e) {
            throw new UncheckedIOException(tsv + ": cannot read", e);
        }
    }
}
