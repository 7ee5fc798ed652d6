package org.vigil.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.language.CoreNlpAnalyzer;
import org.vigil.model.AnnotatedDocument;
import org.vigil.model.Article;
import org.vigil.pipeline.CodingPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "code", mixinStandardHelpOptions = true,
        description = {"Times the coding stages alone (actors, events, casualties, places) on annotated documents.",
                "The language layer annotates the documents first, untimed; prints sentences and articles per "
                        + "second per core."},
        footer = {"", "Example:", "  ./vigil bench code --articles 100 --rounds 5"})
final class BenchCodeCommand implements Callable<Integer> {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @Option(names = "--corpus", description = "Corpus XML files with <article><text> elements "
            + "(default: GeoWebNews in the shared evaluation folder).")
    List<Path> corpus;

    @Option(names = "--articles", description = "Articles to annotate once, untimed (default ${DEFAULT-VALUE}).")
    int articles = 100;

    @Option(names = "--rounds", description = "Timed passes over the annotated articles (default ${DEFAULT-VALUE}).")
    int rounds = 5;

    @Override
    public Integer call() {
        List<Article> texts = new ArrayList<>();
        for (Path p : corpus == null ? List.of(SharedFolder.require("eval/geowebnews/GWN.xml")) : corpus) {
            texts.addAll(NewsCorpus.read(p));
        }
        List<AnnotatedDocument> docs = new ArrayList<>();
        for (Article a : texts.subList(0, Math.min(articles, texts.size()))) {
            docs.add(CoreNlpAnalyzer.shared().apply(a));
        }
        CodingPipeline pipeline = Coder.pipeline();
        docs.forEach(pipeline::code);
        long sentences = docs.stream().mapToLong(d -> d.sentences().size()).sum();
        long start = CPU.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            docs.forEach(pipeline::code);
        }
        double cpu = (CPU.getCurrentThreadCpuTime() - start) / 1e9;
        double seconds = (System.nanoTime() - wall) / 1e9;
        System.out.printf("coding stages alone, one thread: %d articles, %d sentences, %d rounds%n", docs.size(),
                sentences, rounds);
        System.out.printf("  %.0f sentences/s per core (CPU time), %.0f sentences/s wall; %.1f ms CPU per article%n",
                sentences * rounds / cpu, sentences * rounds / seconds, 1000 * cpu / (docs.size() * rounds));
        return 0;
    }
}
