package org.vigil.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.actors.ActorReport;
import org.vigil.model.AnnotatedDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "actors", mixinStandardHelpOptions = true,
        description = {"Prints every actor mention with its coding and the reason for it.",
                "Each line gives the mention's span, its country, organisation, sector, person and code."},
        footer = {"", "Example:", "  ./vigil actors examples/border-clash.txt",
                "  ./vigil actors --json --petrarch-actors ../shared/eval/petrarch2/dictionaries/"
                        + "Phoenix.Countries.actors.txt report.txt"})
final class ActorsCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders: wire text, HTML, JSON Lines.")
    List<Path> inputs;

    @Option(names = "--threads", description = "Worker threads (default: all cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--json", description = "One JSON object per mention instead of one line of text.")
    boolean json;

    @Mixin
    ActorOptions actorOptions;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        Coder.configure(actorOptions);
        int code = BatchRun.run(inputs, threads, a -> {
            AnnotatedDocument doc = Language.analyzer().apply(a);
            return json ? ActorReport.jsonLines(doc, Coder.actors().apply(doc))
                    : ActorReport.lines(doc, Coder.actors().apply(doc));
        }, (List<String> lines) -> lines.forEach(out::println), System.err);
        out.flush();
        return code;
    }
}
