package org.vigil.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.vigil.model.CodedArticle;
import org.vigil.model.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "code", mixinStandardHelpOptions = true,
        description = {"Codes articles into events and prints one coded-article record per article (JSON Lines).",
                "Each record holds the article, its events (CAMEO and PLOVER, source and target actors, "
                        + "date, negation, claims, location, evidence), actors, quotes, casualties, dates and "
                        + "places, as ../shared/contract/article-output.md describes."},
        footer = {"", "Example:", "  ./vigil code examples/border-clash.txt > out.jsonl",
                "  python3 ../shared/tools/score_article.py GOLD.json out.jsonl"})
final class CodeCommand implements Callable<Integer> {
    @Mixin
    BatchInputs batch;

    @Mixin
    ActorOptions actorOptions;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        Coder.configure(actorOptions);
        int code = BatchRun.run(batch.inputs, batch.threads, a -> Coder.pipeline().apply(a),
                (CodedArticle c) -> out.println(Json.line(c)), System.err);
        out.flush();
        return code;
    }
}
