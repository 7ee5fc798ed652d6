package org.vigil.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.Dependency;
import org.vigil.model.Sentence;
import org.vigil.model.Span;
import org.vigil.model.Token;

class SentenceGraphTest {
    private static Token token(int i, String word, String pos) {
        return new Token(i, word, new Span(i * 10, i * 10 + word.length()), word, pos, "O", null);
    }

    @Test
    void aCycleOfConjunctsEndsInsteadOfRecursingForever() {
        // Enhanced++ graphs can join two participles to each other; the voice test must still end.
        Sentence s = new Sentence(0, new Span(0, 40), List.of(token(0, "Villages", "NNS"), token(1, "shelled", "VBN"),
                token(2, "and", "CC"), token(3, "burned", "VBN")),
                List.of(new Dependency("root", Dependency.ROOT, 1), new Dependency("conj:and", 1, 3),
                        new Dependency("conj:and", 3, 1), new Dependency("cc", 3, 2)));
        assertThat(new SentenceGraph(s, new boolean[4], Cues.load()).passive(1)).isTrue();
    }
}
