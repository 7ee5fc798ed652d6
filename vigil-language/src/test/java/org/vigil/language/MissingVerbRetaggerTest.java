package org.vigil.language;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A sentence the tagger left with no verb gets its -ed word after the subject back as its verb. */
class MissingVerbRetaggerTest {

    /** With no verb in the sentence, or after the subject and the day ("police on Thursday arrested"). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The Turkish government relaxed curbs on foreign media.|relaxed|relax",
            "Indian police on Thursday arrested activist Ravi Kumar.|arrested|arrest",
            "Serbian authorities on Monday detained farmer Milan Petrovic.|detained|detain"})
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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The activist arrested on Thursday denied the charges.|arrested"})
    void aParticipleBeforeTheDayStays(String text, String word) {
        assertThat(Analyzers.token(text, word).pos()).isEqualTo("VBN");
    }

    @Test
    void aParticipleAfterAnAuxiliaryAndTheDayStays() {
        // "Police have on Thursday arrested two men", as a tagger that reads the participle right would tag it
        List<CoreLabel> tokens = new ArrayList<>();
        String[][] words = {{"Police", "NNS"}, {"have", "VBP"}, {"on", "IN"}, {"Thursday", "NNP"},
                {"arrested", "VBN"}, {"two", "CD"}, {"men", "NNS"}, {".", "."}};
        for (String[] w : words) {
            CoreLabel t = new CoreLabel();
            t.setWord(w[0]);
            t.setTag(w[1]);
            tokens.add(t);
        }
        new MissingVerbRetagger("vigilverb", new Properties()).repair(tokens);
        assertThat(tokens.get(4).tag()).isEqualTo("VBN");
    }
}
