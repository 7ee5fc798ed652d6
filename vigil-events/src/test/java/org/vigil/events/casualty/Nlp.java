package org.vigil.events.casualty;

import java.time.LocalDate;
import org.vigil.events.Coding;
import org.vigil.model.AnnotatedDocument;
import org.vigil.model.Article;

/** The language layer for these tests: the module's one pipeline, which takes seconds and a gigabyte to load. */
final class Nlp {

    private Nlp() {
    }

    static AnnotatedDocument annotate(Article article) {
        return Coding.analyzer().apply(article);
    }

    /** A one-paragraph report dated 30 September 2023. */
    static AnnotatedDocument annotate(String body) {
        return annotate(new Article("test", "Test", null, null, LocalDate.of(2023, 9, 30), null, "en", body, "test"));
    }
}
