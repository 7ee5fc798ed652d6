package org.vigil.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.vigil.model.AnnotatedDocument;
import org.vigil.model.Quote;

/** One analyzer serves every worker thread: documents annotated side by side come out as they do one by one. */
class ConcurrencyTest {
    private static final String[] SPEAKERS = {"Maria Lopez", "Omar Haddad", "Peter Adams", "Clara Vendt"};

    private static String report(int i) {
        String speaker = SPEAKERS[i % SPEAKERS.length];
        return speaker + " met reporters in Geneva on Monday after " + (i + 2) + " hours of talks. \u201cWe have "
                + "made progress on the prisoner exchange and will meet again next week,\u201d " + speaker
                + " said. The talks resume on Thursday, officials said. \u201cNothing is agreed until everything "
                + "is agreed,\u201d she added.";
    }

    @Test
    void parallelAnnotationMatchesSerialAnnotation() throws Exception {
        CoreNlpAnalyzer analyzer = Analyzers.shared();
        List<List<String>> serial = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            serial.add(speakers(Analyzers.annotate(report(i), LocalDate.of(2024, 3, 15))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> parallel = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                int n = i;
                parallel.add(pool.submit(() -> speakers(Analyzers.annotate(report(n), LocalDate.of(2024, 3, 15)))));
            }
            for (int i = 0; i < 16; i++) {
                assertThat(parallel.get(i).get()).isEqualTo(serial.get(i));
            }
        } finally {
            pool.shutdown();
        }
        assertThat(serial.get(0)).containsExactly("Maria Lopez", "Maria Lopez");
        assertThat(analyzer.cost()).containsKey("quote");
    }

    private static List<String> speakers(AnnotatedDocument doc) {
        return doc.quotes().stream().map(Quote::canonicalSpeaker).toList();
    }
}
