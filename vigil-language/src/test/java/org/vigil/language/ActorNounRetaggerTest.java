package org.vigil.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.model.Dependency;
import org.vigil.model.Sentence;

/** An actor word at the head of its phrase is a noun and the subject of the verb after it. */
class ActorNounRetaggerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The Turkish military launched an offensive against Kurdish rebels.|military|launched",
            "The Nigerian military arrested five men.|military|arrested",
            "The military shelled rebel positions.|military|shelled",
            "The Pakistani military shelled rebel positions in the north.|military|shelled"})
    void theActorWordIsTheSubject(String text, String word, String verb) {
        Sentence s = Analyzers.sentence(text);
        int w = Analyzers.index(s, word);
        assertThat(s.tokens().get(w).pos()).isEqualTo("NN");
        assertThat(s.governorsOf(w)).extracting(Dependency::relation, d -> s.tokens().get(d.governor()).text())
                .contains(org.assertj.core.groups.Tuple.tuple("nsubj", verb));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Economic, military and political ties were discussed.|military",
            "The military junta seized power.|military"})
    void anAdjectiveBeforeItsNounStaysAnAdjective(String text, String word) {
        assertThat(Analyzers.token(text, word).pos()).isEqualTo("JJ");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Croatian police arrested a Bosnian Serb.|Serb",
            "Police detained two Britons and an Australian on Monday.|Australian",
            "An Iraqi was killed in the blast.|Iraqi",
            "Police detained a Palestinian and an Israeli.|Palestinian"})
    void aPeoplesWordEndingItsPhraseIsANoun(String text, String word) {
        assertThat(Analyzers.token(text, word).pos()).isEqualTo("NNP");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The French and British governments protested.|French",
            "The Iraqi government protested.|Iraqi",
            "The deal is Iraqi.|Iraqi"})
    void aPeoplesWordBeforeItsNounOrAfterAVerbStaysAnAdjective(String text, String word) {
        assertThat(Analyzers.token(text, word).pos()).isEqualTo("JJ");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The Islamic State (IS) militants seized control of the border post.|IS|militants|seized",
            "Iraqi forces freed the villages from the Islamic State (IS) militants.|IS|militants|freed"})
    void anAcronymInParenthesesIsAName(String text, String acronym, String noun, String verb) {
        Sentence s = Analyzers.sentence(text);
        assertThat(s.tokens().get(Analyzers.index(s, acronym)).pos()).isEqualTo("NNP");
        assertThat(s.governorsOf(Analyzers.index(s, noun))).extracting(d -> s.tokens().get(d.governor()).text())
                .contains(verb);
    }
}
