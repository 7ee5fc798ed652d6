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

    @Test
    void foldingDropsALeadingArabicArticle() {
        assertThat(NameKey.folded("Al Qāmishlī")).isEqualTo(NameKey.folded("Qamishli")).isEqualTo("qamishli");
        assertThat(NameKey.folded("Ar-Raqqah")).isEqualTo("raqqah");
        assertThat(NameKey.folded("al-Tanf")).isEqualTo(NameKey.folded("At Tanf"));
        assertThat(NameKey.folded("As Pontes")).isEqualTo("as pontes");
        assertThat(NameKey.folded("El Paso")).isEqualTo("el paso");
        assertThat(NameKey.folded("Al")).isEqualTo("al");
        assertThat(NameKey.folded("Alma")).isEqualTo("alma");
        assertThat(NameKey.plain("Al Qāmishlī")).isEqualTo("al qāmishlī");
    }
}
