package org.vigil.actors;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.vigil.language.CoreNlpAnalyzer;
import org.vigil.model.AnnotatedDocument;
import org.vigil.model.Article;

/** The language layer, loaded once per test JVM (it takes seconds), with the documents it has annotated. */
final class Pipeline {

    private static final Map<String, AnnotatedDocument> DOCUMENTS = new ConcurrentHashMap<>();

    private Pipeline() {
    }

    static CoreNlpAnalyzer analyzer() {
        return CoreNlpAnalyzer.shared();
    }

    /** A text as an article of that date (null: undated), annotated. */
    static AnnotatedDocument annotate(String text, LocalDate date) {
        return DOCUMENTS.computeIfAbsent(date + "\n" + text, k -> annotate(
                new Article("case-" + Integer.toHexString(k.hashCode()), null, null, null, date, null, "en", text, "test")));
    }

    static AnnotatedDocument annotate(Article article) {
        return analyzer().apply(article);
    }
}
