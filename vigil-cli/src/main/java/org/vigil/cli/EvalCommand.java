package org.vigil.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.actors.ActorResolver;
import org.vigil.actors.PetrarchMode;
import org.vigil.pipeline.CodingPipeline;
import org.vigil.pipeline.eval.GeoEndToEnd;
import org.vigil.pipeline.eval.PetrarchEvaluation;
import org.vigil.pipeline.eval.PloverEvaluation;
import org.vigil.places.GeoEvaluation;
import org.vigil.reading.Dateline;
import org.vigil.places.Gazetteer;
import org.vigil.places.ToponymResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores Vigil on evaluation corpora written by others and prints the figures.",
        subcommands = {EvalCommand.Plover.class, EvalCommand.Case.class, EvalCommand.Geo.class,
                EvalCommand.Petrarch.class},
        footer = {"", "Example:", "  ./vigil eval plover ../shared/eval/plover-gsr-cameo/PLOVER_GSR_CAMEO.txt"})
final class EvalCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "plover", mixinStandardHelpOptions = true,
            description = "Codes the 322 human-coded sentences of PLOVER's CAMEO-manual gold records and prints "
                    + "PLOVER event-type accuracy, source and target country accuracy, aggregate breakdowns (no "
                    + "event by coded actors, by what was coded instead, by how far the coder got over all words and "
                    + "with the main predicate, and by length; sources and targets right, none or other; swapped "
                    + "dyads; no item text) and the type confusion.",
            footer = {"", "Example:", "  ./vigil eval plover ../shared/eval/plover-gsr-cameo/PLOVER_GSR_CAMEO.txt"})
    static final class Plover implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "PLOVER_GSR_CAMEO.txt (a JSON array of gold records).")
        Path file;

        @Override
        public Integer call() {
            new PloverEvaluation().evaluate(file, a -> Coder.pipeline().diagnose(a)).print(System.out);
            return 0;
        }
    }

    @Command(name = "case", mixinStandardHelpOptions = true,
            description = {"Scores Vigil's events on the CASE 2021 task 2 snippets by the task's event types.",
                    "Maps each snippet's events to the task's ACLED-style types and prints per-type and weighted F1."},
            footer = {"", "Example:",
                    "  ./vigil eval case ../shared/eval/case2021-task2/test_set_final_release_with_labels.tsv"})
    static final class Case implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "The task's TSV: id, EventSnippet, SubType.")
        Path file;

        @picocli.CommandLine.Option(names = "-v", description = "List every snippet typed wrongly in subtask 3.")
        boolean details;

        @Override
        public Integer call() {
            CaseEval.run(file, System.out, details);
            return 0;
        }
    }

    @Command(name = "petrarch", mixinStandardHelpOptions = true,
            description = "Codes PETRARCH's unit-test records (UniversalPetrarch's CAMEO re-coding, with PETRARCH's "
                    + "validation actor and agent dictionaries, since their actors are fictional) and its GSR "
                    + "validation sentences (with Vigil's own actors), a development set, and prints root, code and "
                    + "country accuracy.",
            footer = {"", "Example:", "  ./vigil eval petrarch -v"})
    static final class Petrarch implements Callable<Integer> {
        @Parameters(arity = "0..1", paramLabel = "DIR",
                description = "The UniversalPetrarch folder (default: the shared evaluation copy).")
        Path dir;

        @picocli.CommandLine.Option(names = "-v", description = "List every miss.")
        boolean details;

        @Override
        public Integer call() {
            Path folder = dir != null ? dir : SharedFolder.require("eval/petrarch2/from-UniversalPetrarch");
            CodingPipeline unitTests = Coder.pipeline(ActorResolver.withPetrarch(
                    List.of(PetrarchEvaluation.validationActors(folder)),
                    List.of(PetrarchEvaluation.validationAgents(folder)), PetrarchMode.ADD));
            new PetrarchEvaluation().run(folder, unitTests::apply, a -> Coder.pipeline().apply(a), System.out, details);
            return 0;
        }
    }

    @Command(name = "geo", mixinStandardHelpOptions = true,
            description = {"Scores toponym resolution on GeoWebNews and LGL.",
                    "Given the gold toponyms: accuracy within 161 km, exact GeoNames id, median error; end to "
                            + "end: toponym precision and recall against the gold spans, and the accuracy of those "
                            + "found. Each article's dateline is read from its text, as the reading stage reads it."},
            footer = {"", "Example:", "  ./vigil eval geo",
                    "  ./vigil eval geo --misses ../shared/eval/geowebnews/GWN.xml"})
    static final class Geo implements Callable<Integer> {
        @Parameters(arity = "0..*", paramLabel = "CORPUS",
                description = "Corpus XML files (default: GeoWebNews and LGL in the shared evaluation folder).")
        List<Path> corpora;

        @Option(names = "--misses",
                description = "Also list each toponym resolved more than 161 km off, given the gold toponyms: "
                        + "name, gold point and id, the place chosen (feature, country, id) and its error, and the "
                        + "candidate nearest the gold point with its rank; each line starts with the kind of miss "
                        + "(no-candidate within 161 km, ranked-below a wrong one, or unresolved). Without CORPUS, "
                        + "GeoWebNews only: LGL is held out, and its items are never listed.")
        boolean misses;

        @Override
        public Integer call() {
            Path heldOut = SharedFolder.locate().resolve("eval/lgl/lgl.xml");
            List<Path> files = corpora != null && !corpora.isEmpty() ? corpora
                    : misses ? List.of(SharedFolder.require("eval/geowebnews/GWN.xml"))
                    : List.of(SharedFolder.require("eval/geowebnews/GWN.xml"),
                            SharedFolder.require("eval/lgl/lgl.xml"));
            if (misses && files.stream().anyMatch(f -> isSameFile(f, heldOut))) {
                System.err.println("--misses lists items: not on the held-out LGL corpus");
                return 2;
            }
            ToponymResolver resolver = new ToponymResolver(Gazetteer.open());
            for (Path corpus : files) {
                System.out.println("== " + corpus.getFileName() + ", given the gold toponyms");
                GeoEvaluation.Report report = GeoEvaluation.evaluate(corpus, resolver, Dateline::place);
                if (misses) {
                    report.misses().forEach(System.out::println);
                }
                System.out.println(report);
                System.out.println("  misses by kind: " + report.missesByKind());
                new GeoEndToEnd().evaluate(corpus, a -> Coder.pipeline().geoparse(a)).print(System.out);
                System.out.println();
            }
            return 0;
        }

        private static boolean isSameFile(Path a, Path b) {
            try {
                return java.nio.file.Files.isSameFile(a, b);
            } catch (java.io.IOException e) {
                return false;
            }
        }
    }
}
