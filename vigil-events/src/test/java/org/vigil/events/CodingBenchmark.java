package org.vigil.events;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.vigil.model.ActorMention;
import org.vigil.model.AnnotatedDocument;

/**
 * How fast the event stage codes, alone: documents are annotated and their actors found once, then coded over
 * and over on one thread, so the figure is sentences per second per core. Run as a program for a longer
 * measurement; {@link CodingSpeedTest} runs a short one.
 */
public final class CodingBenchmark {
    /** A document and its actors, ready to code. */
    record Prepared(AnnotatedDocument document, List<ActorMention> actors) {
    }

    private CodingBenchmark() {
    }

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        List<Prepared> corpus = corpus();
        double rate = sentencesPerSecond(corpus, seconds);
        System.out.printf("event coding: %,.0f sentences per second per core (%d documents, %d sentences)%n",
                rate, corpus.size(), corpus.stream().mapToInt(p -> p.document().sentences().size()).sum());
    }

    /** The test cases, ten sentences a document, and the seed report when it is beside this checkout. */
    static List<Prepared> corpus() {
        List<Prepared> corpus = new ArrayList<>();
        List<CodingCase> cases = CodingCase.load();
        for (int i = 0; i < cases.size(); i += 10) {
            StringBuilder text = new StringBuilder();
            for (CodingCase c : cases.subList(i, Math.min(cases.size(), i + 10))) {
                text.append(c.sentence()).append('\n');
            }
            corpus.add(prepare(Coding.annotate(text.toString(), LocalDate.of(2024, 3, 15))));
        }
        Path seed = Coding.shared("seed/000_6f4a12cc5c38a6ff.txt");
        if (seed != null) {
            corpus.add(prepare(Coding.analyzer().apply(Coding.read(seed))));
        }
        return corpus;
    }

    private static Prepared prepare(AnnotatedDocument doc) {
        return new Prepared(doc, Coding.actors().apply(doc));
    }

    /** Codes the corpus for about the given time after a warm-up, and gives the sentences coded per second. */
    static double sentencesPerSecond(List<Prepared> corpus, double seconds) {
        EventCoder coder = Coding.coder();
        int perPass = corpus.stream().mapToInt(p -> p.document().sentences().size()).sum();
        long warmUntil = System.nanoTime() + (long) (seconds * 0.3e9);
        while (System.nanoTime() < warmUntil) {
            corpus.forEach(p -> coder.code(p.document(), p.actors()));
        }
        long sentences = 0;
        long start = System.nanoTime();
        long stop = start + (long) (seconds * 1e9);
        long events = 0;
        while (System.nanoTime() < stop) {
            for (Prepared p : corpus) {
                events += coder.code(p.document(), p.actors()).size();
            }
            sentences += perPass;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (events == 0) {
            throw new IllegalStateException("the corpus gave no events: nothing was measured");
        }
        return sentences / elapsed;
    }
}
