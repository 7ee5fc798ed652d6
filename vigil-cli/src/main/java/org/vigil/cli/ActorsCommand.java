package org.vigil.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.actors.ActorReport;
import org.vigil.language.CoreNlpAnalyzer;
import org.vigil.model.AnnotatedDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "actors", mixinStandardHelpOptions = true,
        description = {"Prints every actor mention with its coding and the reason for it.",
                "Each line gives the mention's span, its country, organisation, sector, person and code."},
        footer = {"", "Example:", "  ./vigil actors examples/border-clash.txt",
                "  ./vigil actors --json --petrarch-actors ../shared/eval/petrarch2/dictionaries/"
                        + "Phoenix.Countries.actors.txt report.txt"})
final class ActorsCommand implements Callable<Integer> {
    @Mixin
    BatchInputs batch;

    @Option(names = "--json", description = "One JSON object per mention instead of one line of text.")
    boolean json;

    @Mixin
    ActorOptions actorOptions;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        Coder.configure(actorOptions);
        int code = BatchRun.run(batch.inputs, batch.threads, a -> {
            AnnotatedDocument doc = CoreNlpAnalyzer.shared().apply(a);
            return json ? ActorReport.jsonLines(doc, Coder.actors().apply(doc))
                    : ActorReport.lines(doc, Coder.actors().apply(doc));
        }, (List<String> lines) -> lines.forEach(out::println), System.err);
        out.flush();
        return code;
    }
}
