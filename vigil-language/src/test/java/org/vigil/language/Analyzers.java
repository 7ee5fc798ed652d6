package org.vigil.language;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.vigil.model.AnnotatedDocument;
import org.vigil.model.Article;
import org.vigil.model.Sentence;
import org.vigil.model.Token;
import org.vigil.reading.ArticleInputs;
import org.vigil.reading.Outcome;

/** The test suite's one pipeline: surefire reuses its JVM across classes, so the models load once. */
final class Analyzers {
    private Analyzers() {
    }

    static CoreNlpAnalyzer shared() {
        return CoreNlpAnalyzer.shared();
    }

    static AnnotatedDocument annotate(String text, LocalDate published) {
        return shared().apply(new Article("test", null, null, null, published, null, "en", text, "test"));
    }

    /** The first sentence of a text annotated as a report of 1 January 2005: what the tag-repair tests read. */
    static Sentence sentence(String text) {
        return annotate(text, LocalDate.of(2005, 1, 1)).sentences().get(0);
    }

    /** The word where it first stands in the text's first sentence, as the tag-repair tests read it. */
    static Token token(String text, String word) {
        Sentence s = sentence(text);
        return s.tokens().get(index(s, word));
    }

    /** Where the word first stands in the sentence. */
    static int index(Sentence s, String word) {
        return s.tokens().stream().filter(t -> t.text().equals(word)).mapToInt(Token::index).findFirst().orElseThrow();
    }

    /** The shared evaluation folder, or null when this checkout has none beside it. */
    static Path shared(String relative) {
        String root = System.getProperty("vigil.shared");
        Path p = root == null ? null : Path.of(root, relative);
        return p != null && Files.exists(p) ? p : null;
    }

    static Article read(Path file) {
        Outcome outcome = new ArticleInputs().read(List.of(file)).findFirst().orElseThrow();
        return ((Outcome.Success) outcome).article();
    }
}
