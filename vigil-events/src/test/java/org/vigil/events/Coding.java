package org.vigil.events;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.vigil.language.CoreNlpAnalyzer;
import org.vigil.model.AnnotatedDocument;
import org.vigil.model.Article;
import org.vigil.model.Event;
import org.vigil.reading.ArticleInputs;
import org.vigil.reading.Outcome;

/**
 * The test suite's one pipeline: surefire reuses its JVM across classes, so CoreNLP and WordNet load once.
 */
public final class Coding {
    private static EventCoder coder;
    private static FixtureActors actors;

    private Coding() {
    }

    public static CoreNlpAnalyzer analyzer() {
        return CoreNlpAnalyzer.shared();
    }

    static synchronized EventCoder coder() {
        if (coder == null) {
            coder = new EventCoder();
        }
        return coder;
    }

    static synchronized FixtureActors actors() {
        if (actors == null) {
            actors = new FixtureActors();
        }
        return actors;
    }

    static AnnotatedDocument annotate(String text, LocalDate published) {
        return analyzer().apply(new Article("test", null, null, null, published, null, "en", text, "test"));
    }

    static List<Event> code(AnnotatedDocument doc) {
        return coder().code(doc, actors().apply(doc));
    }

    static List<Event> code(String text, LocalDate published) {
        return code(annotate(text, published));
    }

    /** A file of the shared folder beside this checkout, or null when there is none. */
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
