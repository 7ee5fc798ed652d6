package org.vigil.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.vigil.model.AnnotatedDocument;
import org.vigil.model.Dependency;
import org.vigil.model.Layer;
import org.vigil.model.Sentence;
import org.vigil.model.Token;

/** Invariants of the conversion from CoreNLP: offsets point into the text, graphs are well formed. */
class DocumentShapeTest {
    private static final String TEXT = "Rebels attacked an army post near Goma on Sunday, killing four soldiers. "
            + "The army said it had arrested 12 fighters. \u201cThe situation is under control,\u201d a spokesman "
            + "said in Kinshasa.";

    @Test
    void offsetsPointIntoTheArticleText() {
        AnnotatedDocument doc = Analyzers.annotate(TEXT, LocalDate.of(2024, 5, 6));
        assertThat(doc.sentences()).hasSize(3);
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                assertThat(t.span().of(TEXT)).isEqualTo(t.text());
            }
        }
        doc.entities().forEach(e -> assertThat(e.span().of(TEXT)).isEqualTo(e.text()));
        doc.quotes().forEach(q -> assertThat(q.span().of(TEXT)).isEqualTo(q.text()));
    }

    @Test
    void everySentenceHasOneRootAndEdgesWithinIt() {
        AnnotatedDocument doc = Analyzers.annotate(TEXT, LocalDate.of(2024, 5, 6));
        for (Sentence s : doc.sentences()) {
            assertThat(s.dependencies()).filteredOn(d -> d.governor() == Dependency.ROOT).hasSize(1);
            for (Dependency d : s.dependencies()) {
                assertThat(d.dependent()).isBetween(0, s.tokens().size() - 1);
                assertThat(d.governor()).isBetween(Dependency.ROOT, s.tokens().size() - 1);
            }
        }
        assertThat(doc.sentences().get(0).dependencies()).anyMatch(d -> d.relation().equals("nsubj")
                && doc.sentences().get(0).tokens().get(d.dependent()).text().equals("Rebels"));
    }

    @Test
    void declaresTheLayersItProvides() {
        AnnotatedDocument doc = Analyzers.annotate(TEXT, null);
        assertThat(doc.layers()).containsAll(Analyzers.shared().provides());
        assertThat(doc.layers()).contains(Layer.DEPENDENCIES, Layer.COREFERENCE, Layer.QUOTES);
    }
}
