package org.vigil.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigil.model.AnnotatedDocument;
import org.vigil.model.CorefChain;

/** Short names and pronouns, on sentences written for these tests. */
class CoreferenceTest {
    private static final LocalDate DATE = LocalDate.of(2024, 3, 15);

    private static Optional<String> referentOf(AnnotatedDocument doc, String word, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = doc.article().text().indexOf(word, at + 1);
        }
        int start = at;
        return doc.chains().stream()
                .filter(c -> c.mentions().stream().anyMatch(m -> m.span().start() == start && m.isPronoun()
                        || m.span().start() == start && m.text().equals(word)))
                .map(CorefChain::representative).map(m -> m.text()).findFirst();
    }

    @Test
    void objectOfAControlledParticipleIsNotTheSubject() {
        AnnotatedDocument doc = Analyzers.annotate("Foreign Minister Maria Lopez telephoned Prime Minister Omar "
                + "Haddad on Monday, urging him to release the detained journalists.", DATE);
        assertThat(referentOf(doc, "him", 0)).contains("Omar Haddad");
    }

    @Test
    void subjectPronounTakesThePreviousSubject() {
        AnnotatedDocument doc = Analyzers.annotate("Omar Haddad met Maria Lopez in Amman on Monday. He said the "
                + "talks had been useful.", DATE);
        assertThat(referentOf(doc, "He", 0)).contains("Omar Haddad");
    }

    @Test
    void surnameJoinsTheFullName() {
        AnnotatedDocument doc = Analyzers.annotate("General Peter Adams inspected the troops in Kandahar. Adams "
                + "later told reporters the withdrawal would go ahead.", DATE);
        assertThat(referentOf(doc, "Adams", 1)).contains("Peter Adams");
    }

    @Test
    void pronounIsNotBoundToItsOwnSubject() {
        AnnotatedDocument doc = Analyzers.annotate("The minister praised John Smith. Smith thanked him warmly.",
                DATE);
        assertThat(referentOf(doc, "him", 0)).isEmpty();
    }

    @Test
    void quoteSpeakerIsResolvedThroughAPronoun() {
        AnnotatedDocument doc = Analyzers.annotate("Maria Lopez spoke to reporters in Madrid on Tuesday. "
                + "\u201cWe will not accept these terms under any circumstances,\u201d she said.", DATE);
        assertThat(doc.quotes()).hasSize(1);
        assertThat(doc.quotes().get(0).canonicalSpeaker()).isEqualTo("Maria Lopez");
    }
}
