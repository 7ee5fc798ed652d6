package org.vigil.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A sentence the tagger left with no verb gets its -ed word after the subject back as its verb. */
class MissingVerbRetaggerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The Turkish government relaxed curbs on foreign media.|relaxed|relax"})
    void theWordAfterTheSubjectIsTheVerb(String text, String word, String lemma) {
        var s = Analyzers.sentence(text);
        int at = Analyzers.index(s, word);
        assertThat(s.tokens().get(at).pos()).isEqualTo("VBD");
        assertThat(s.tokens().get(at).lemma()).isEqualTo(lemma);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Syrian opposition armed groups attacked the town.|armed"})
    void aSentenceWithAVerbKeepsItsAdjectives(String text, String word) {
        assertThat(Analyzers.token(text, word).pos()).isEqualTo("JJ");
    }
}
