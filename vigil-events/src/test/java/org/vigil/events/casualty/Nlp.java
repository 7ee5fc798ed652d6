package org.vigil.events.casualty;

import java.time.LocalDate;

import org.vigil.language.CoreNlpAnalyzer;
import org.vigil.model.AnnotatedDocument;
import org.vigil.model.Article;

/** The language layer for these tests, loaded once per test JVM on first use: it takes seconds and a gigabyte. */
final class Nlp {

    private static final class Holder {
        static final CoreNlpAnalyzer ANALYZER = new CoreNlpAnalyzer();
    }

    private Nlp() {
    }

    static AnnotatedDocument annotate(Article article) {
        return Holder.ANALYZER.apply(article);
    }

    /** A one-paragraph report dated 30 September 2023. */
    static AnnotatedDocument annotate(String body) {
        return annotate(new Article("test", "Test", null, null, LocalDate.of(2023, 9, 30), null, "en", body, "test"));
    }
}
