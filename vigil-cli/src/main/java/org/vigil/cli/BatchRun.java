package org.vigil.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.vigil.model.Article;
import org.vigil.reading.ArticleInputs;
import org.vigil.reading.Outcome;

/**
 * The shape every batch command shares: read the inputs, process each article on all cores, hand results on in
 * input order, and report every input that failed without stopping the run.
 */
final class BatchRun {
    private BatchRun() {
    }

    /**
     * @return the exit code: 0 when every input gave a result, 1 when any failed or nothing was read
     */
    static <R> int run(List<Path> inputs, int threads, Function<Article, R> work, Consumer<R> out, PrintStream err) {
        int[] counts = new int[2];
        try (OrderedParallel<Article, R> parallel = new OrderedParallel<>(threads, work, result -> {
            if (result.error() == null) {
                out.accept(result.value());
                counts[0]++;
            } else {
                err.println("vigil: " + result.item().origin() + ": analysis failed (" + describe(result.error()) + ")");
                counts[1]++;
            }
        }); Stream<Outcome> outcomes = new ArticleInputs().read(inputs)) {
            for (Iterator<Outcome> it = outcomes.iterator(); it.hasNext(); ) {
                Outcome outcome = it.next();
                if (outcome instanceof Outcome.Success success) {
                    parallel.submit(success.article());
                } else {
                    err.println("vigil: " + ((Outcome.Failure) outcome).message());
                    counts[1]++;
                }
            }
        }
        err.println("read " + counts[0] + ", failed " + counts[1]);
        if (counts[0] + counts[1] == 0) {
            err.println("vigil: no articles found in " + inputs);
            return 1;
        }
        return counts[1] == 0 ? 0 : 1;
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replace('\n', ' ');
    }
}
