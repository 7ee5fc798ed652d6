package org.vigil.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.vigil.language.CoreNlpAnalyzer;
import org.vigil.model.AnnotatedDocument;
import org.vigil.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = {"Times the language layer over a news corpus, for one thread and for all cores.",
                "Prints articles/s, tokens/s, the cost of each annotator and the peak heap in use."},
        footer = {"", "Example:", "  ./vigil bench annotate",
                "  ./vigil bench annotate --corpus ../shared/eval/geowebnews/GWN.xml --articles 200 --threads 1,2"})
final class BenchAnnotateCommand implements Callable<Integer> {
    @Option(names = "--corpus", description = "Corpus XML files with <article><text> elements "
            + "(default: GeoWebNews's 200 articles in the shared evaluation folder).")
    List<Path> corpus;

    @Option(names = "--articles", description = "Articles to time (default ${DEFAULT-VALUE}).")
    int articles = 200;

    @Option(names = "--warmup", description = "Articles annotated first, untimed, so the JIT has compiled the "
            + "hot code (default ${DEFAULT-VALUE}).")
    int warmup = 20;

    @Option(names = "--threads", split = ",", description = "Thread counts to time (default: 1 and all cores).")
    List<Integer> threads;

    @Override
    public Integer call() {
        List<Article> texts = new ArrayList<>();
        for (Path p : corpus == null ? List.of(SharedFolder.require("eval/geowebnews/GWN.xml")) : corpus) {
            texts.addAll(NewsCorpus.read(p));
        }
        if (texts.size() < articles) {
            System.err.println("vigil: the corpus has " + texts.size() + " articles, fewer than " + articles);
            articles = texts.size();
        }
        List<Article> timed = texts.subList(0, articles);
        List<Integer> counts = threads == null
                ? List.of(1, Runtime.getRuntime().availableProcessors()) : threads;

        long loadStart = System.nanoTime();
        CoreNlpAnalyzer analyzer = CoreNlpAnalyzer.shared();
        System.out.printf("pipeline: %s%nloaded in %.1f s; heap max %d MB; %d cores%n",
                String.join(", ", analyzer.cost().keySet()), (System.nanoTime() - loadStart) / 1e9,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        for (Article a : texts.subList(0, Math.min(warmup, texts.size()))) {
            analyzer.apply(a);
        }
        System.out.printf("corpus: %d articles (after %d warm-up)%n%n", timed.size(), warmup);
        System.out.println("threads  seconds  articles/s  tokens/s  peak heap MB");
        List<String> costTables = new ArrayList<>();
        for (int t : counts) {
            Map<String, Duration> before = analyzer.cost();
            HeapPeak peak = HeapPeak.start();
            AtomicLong tokens = new AtomicLong();
            long start = System.nanoTime();
            try (OrderedParallel<Article, AnnotatedDocument> run = new OrderedParallel<>(t, analyzer::apply, r -> {
                if (r.error() != null) {
                    throw new IllegalStateException(r.item().id() + ": " + r.error().getMessage(), r.error());
                }
                tokens.addAndGet(r.value().tokenCount());
            })) {
                timed.forEach(run::submit);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long peakMb = peak.stop() >> 20;
            System.out.printf("%7d  %7.1f  %10.2f  %8.0f  %12d%n", t, seconds, timed.size() / seconds,
                    tokens.get() / seconds, peakMb);
            costTables.add(costTable(t, before, analyzer.cost(), timed.size()));
        }
        System.out.println();
        costTables.forEach(System.out::println);
        return 0;
    }

    private static String costTable(int threads, Map<String, Duration> before, Map<String, Duration> after, int n) {
        StringBuilder b = new StringBuilder("annotator cost with " + threads + " thread(s), CPU ms per article:\n");
        double total = 0;
        for (String name : after.keySet()) {
            total += after.get(name).minus(before.get(name)).toNanos();
        }
        for (String name : after.keySet()) {
            double ns = after.get(name).minus(before.get(name)).toNanos();
            b.append(String.format("  %-11s %8.1f  %5.1f%%%n", name, ns / 1e6 / n, 100 * ns / total));
        }
        b.append(String.format("  %-11s %8.1f%n", "total", total / 1e6 / n));
        return b.toString();
    }

    /** The largest heap in use while a run lasts, sampled every 20 ms. */
    private static final class HeapPeak {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong max = new AtomicLong();
        private final Thread sampler;
        private volatile boolean running = true;

        private HeapPeak() {
            sampler = new Thread(() -> {
                while (running) {
                    max.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            sampler.setDaemon(true);
        }

        static HeapPeak start() {
            System.gc();
            HeapPeak p = new HeapPeak();
            p.sampler.start();
            return p;
        }

        long stop() {
            running = false;
            sampler.interrupt();
            return max.get();
        }
    }
}
