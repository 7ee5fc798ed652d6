package org.vigil.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.vigil.model.AnnotatedDocument;
import org.vigil.model.Dependency;
import org.vigil.model.Sentence;
import org.vigil.model.Token;

/** A verb written with a hyphen is one token, a verb with its subject and object, in every sentence. */
class HyphenatedVerbJoinerTest {

    @Test
    void theWordListLoads() {
        // Loading validates hyphenated-verbs.txt: every line a first part, a hyphen and a verb.
        new HyphenatedVerbJoiner("vigilhyphen", new Properties());
    }

    @Test
    void aHyphenatedVerbIsOneTokenWithItsSubjectAndObject() {
        String text = "Tensions rose on Monday. North Korea test-fired a missile, and Japan protested.";
        AnnotatedDocument doc = Analyzers.annotate(text, LocalDate.of(2005, 1, 1));
        Sentence s = doc.sentences().get(1);
        Token verb = s.tokens().stream().filter(t -> t.text().equals("test-fired")).findFirst().orElseThrow();
        assertThat(verb.span().of(text)).isEqualTo("test-fired");
        assertThat(verb.pos()).startsWith("VB");
        assertThat(verb.lemma()).isEqualTo("test-fire");
        for (int i = 0; i < s.tokens().size(); i++) {
            assertThat(s.tokens().get(i).index()).isEqualTo(i);
        }
        assertThat(s.dependentsOf(verb.index())).extracting(Dependency::relation, d -> s.tokens().get(d.dependent())
                .text()).contains(org.assertj.core.groups.Tuple.tuple("nsubj", "Korea"),
                org.assertj.core.groups.Tuple.tuple("obj", "missile"));
    }

    @Test
    void aHyphenatedWordOfAnotherKindStaysSplit() {
        String text = "The Saudi-led coalition test-marched its troops.";
        Sentence s = Analyzers.annotate(text, LocalDate.of(2005, 1, 1)).sentences().get(0);
        assertThat(s.tokens()).extracting(Token::text).contains("Saudi", "led", "test", "marched");
    }

    @Test
    void aNounOfAVerbAndAParticleIsOneTokenWithItsArticle() {
        String text = "Police broke up the sit-in outside parliament.";
        Sentence s = Analyzers.annotate(text, LocalDate.of(2005, 1, 1)).sentences().get(0);
        Token noun = s.tokens().stream().filter(t -> t.text().equals("sit-in")).findFirst().orElseThrow();
        assertThat(noun.span().of(text)).isEqualTo("sit-in");
        assertThat(noun.pos()).startsWith("NN");
        assertThat(s.dependentsOf(noun.index())).extracting(Dependency::relation, d -> s.tokens().get(d.dependent())
                .text()).contains(org.assertj.core.groups.Tuple.tuple("det", "the"));
    }
}
