package org.vigil.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.vigil.language.CoreNlpAnalyzer;
import org.vigil.model.AnnotatedDocument;
import org.vigil.model.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = {"Annotates articles with the language layer (CoreNLP) and prints them as JSON.",
                "Each document holds sentences, tokens with offsets, lemmas, POS, named entities, "
                        + "dependency edges (enhanced++), coreference chains, quotes with their speakers, and dates "
                        + "resolved against the publication date."},
        footer = {"", "Example:", "  ./vigil annotate --pretty examples/border-clash.txt",
                "  ./vigil annotate reports/ > annotated.jsonl"})
final class AnnotateCommand implements Callable<Integer> {
    @Mixin
    BatchInputs batch;

    @Option(names = "--pretty", description = "Indented JSON, one document after another, instead of JSON Lines.")
    boolean pretty;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        int code = BatchRun.run(batch.inputs, batch.threads, a -> CoreNlpAnalyzer.shared().apply(a),
                (AnnotatedDocument d) -> out.println(write(d)), System.err);
        out.flush();
        return code;
    }

    private String write(AnnotatedDocument document) {
        try {
            return pretty ? Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document)
                    : Json.line(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
