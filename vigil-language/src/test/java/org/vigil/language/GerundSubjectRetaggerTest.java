package org.vigil.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.model.Dependency;
import org.vigil.model.Sentence;

/** A gerund that opens a sentence as its subject is a noun, the subject of the verb after it. */
class GerundSubjectRetaggerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Fighting broke out between Indian and Chinese troops.|Fighting|broke",
            "Shelling continued in the east of Ukraine.|Shelling|continued",
            "Fighting in the north killed ten people.|Fighting|killed"})
    void theGerundIsTheSubject(String text, String word, String verb) {
        Sentence s = Analyzers.sentence(text);
        assertThat(s.tokens().get(0).pos()).isEqualTo("NN");
        assertThat(s.tokens().get(0).lemma().toLowerCase()).isEqualTo(word.toLowerCase());
        assertThat(s.governorsOf(0)).extracting(Dependency::relation, d -> s.tokens().get(d.governor()).text())
                .contains(org.assertj.core.groups.Tuple.tuple("nsubj", verb));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Four children were killed in Israeli shelling in Gaza.|shelling",
            "The bombing of the embassy was condemned.|bombing"})
    void anIngWordAfterADeterminerOrAdjectiveIsANoun(String text, String word) {
        assertThat(Analyzers.token(text, word).pos()).isEqualTo("NN");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The ministry is busy preparing the report.|preparing",
            "The ruling party won the election.|ruling"})
    void anIngWordBeforeItsObjectStaysAVerb(String text, String word) {
        assertThat(Analyzers.token(text, word).pos()).isNotEqualTo("NN");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Speaking at a news conference, the minister said talks would resume.",
            "Following talks with China, Japan lifted the ban.",
            "Fighting the rebels, the army lost ten men."})
    void aParticipleClauseKeepsItsParticiple(String text) {
        Sentence s = Analyzers.sentence(text);
        assertThat(s.tokens().get(0).pos()).isEqualTo("VBG");
    }
}
