package org.vigil.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.model.Dependency;
import org.vigil.model.Sentence;

/** The apostrophe after a plural is a possessive: the owners own the thing, they are not a compound of it. */
class PluralPossessiveRetaggerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The government rejected the rebels' demands.|rebels|demands",
            "Police arrested the protesters' leaders.|protesters|leaders",
            "The army shelled the rebels' new positions.|rebels|positions",
            "The king bowed to the protesters' demands for reform.|protesters|demands"})
    void thePluralOwnsTheNounAfterIt(String text, String owner, String owned) {
        Sentence s = Analyzers.sentence(text);
        int at = Analyzers.index(s, owner);
        assertThat(s.tokens().get(at + 1).pos()).isEqualTo("POS");
        assertThat(s.governorsOf(at)).extracting(Dependency::relation, d -> s.tokens().get(d.governor()).text())
                .contains(org.assertj.core.groups.Tuple.tuple("nmod:poss", owned));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "He called the plan 'a victory for the rebels' and left.|rebels",
            "The talks ended.|talks"})
    void aClosingQuoteOrNoApostropheIsLeftAlone(String text, String word) {
        Sentence s = Analyzers.sentence(text);
        int at = Analyzers.index(s, word);
        assertThat(at + 1 < s.tokens().size() ? s.tokens().get(at + 1).pos() : "").isNotEqualTo("POS");
    }
}
