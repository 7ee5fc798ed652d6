package org.vigil.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void foldingStripsAccentsDotsAndDashes() {
        assertThat(NameKey.folded("Mitrovicë")).isEqualTo(NameKey.folded("Mitrovice")).isEqualTo("mitrovice");
        assertThat(NameKey.folded("U.S.")).isEqualTo("us");
        assertThat(NameKey.folded("Saint-Denis")).isEqualTo("saint denis");
        assertThat(NameKey.folded("Côte d'Ivoire")).isEqualTo("cote divoire");
        assertThat(NameKey.folded("Łódź")).isEqualTo("lodz");
    }

    @Test
    void plainKeepsLettersAndOtherScripts() {
        assertThat(NameKey.plain("  Mitrovicë ")).isEqualTo("mitrovicë");
        assertThat(NameKey.plain("МОСКВА")).isEqualTo("москва");
        assertThat(NameKey.folded("北京")).isEqualTo("北京");
    }

    @Test
    void blankPunctuationAndOverlongInputGiveNoKey() {
        assertThat(NameKey.folded("")).isEmpty();
        assertThat(NameKey.folded(null)).isEmpty();
        assertThat(NameKey.folded("?!...")).isEmpty();
        assertThat(NameKey.plain("a".repeat(NameKey.MAX_LENGTH + 1))).isEmpty();
    }

    @Test
    void codesAreShortAndHaveNoLowercase() {
        assertThat(NameKey.isCode("UK")).isTrue();
        assertThat(NameKey.isCode("U.S.")).isTrue();
        assertThat(NameKey.isCode("the")).isFalse();
        assertThat(NameKey.isCode("Ill.")).isFalse();
        assertThat(NameKey.isCode("NEW YORK")).isFalse();
    }
}
