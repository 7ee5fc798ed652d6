package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentHashTest {
    @Test
    void spacingAndLineBreaksDoNotMakeANewArticle() {
        assertThat(ContentHash.of("Troops crossed\r\nthe border.  "))
                .isEqualTo(ContentHash.of("  Troops crossed the\tborder."));
    }

    @Test
    void differentWordsDo() {
        assertThat(ContentHash.of("Troops crossed the border.")).isNotEqualTo(ContentHash.of("Troops left the border."));
    }

    @Test
    void composedAndDecomposedAccentsAreOneText() {
        assertThat(ContentHash.of("Bogot\u00e1")).isEqualTo(ContentHash.of("Bogota\u0301"));
    }

    @Test
    void itIsHexSha256() {
        assertThat(ContentHash.of("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
