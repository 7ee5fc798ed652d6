package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.model.AnnotatedDocument;
import org.vigil.model.Article;
import org.vigil.model.Dependency;
import org.vigil.model.EntityMention;
import org.vigil.model.Sentence;
import org.vigil.model.Span;
import org.vigil.model.Token;
import org.vigil.model.TokenRange;
import org.vigil.places.PlaceMention;

class PlaceFinderTest {
    private final PlaceFinder finder = new PlaceFinder();

    /** "Turkish troops entered the Syrian town near Afrin": one sentence, parsed by hand. */
    private static AnnotatedDocument troopsEnteredTheTown() {
        String text = "Turkish troops entered the Syrian town near Afrin";
        String[][] words = {{"Turkish", "JJ"}, {"troops", "NNS"}, {"entered", "VBD"}, {"the", "DT"},
                {"Syrian", "JJ"}, {"town", "NN"}, {"near", "IN"}, {"Afrin", "NNP"}};
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            int start = text.indexOf(words[i][0], at);
            at = start + words[i][0].length();
            tokens.add(new Token(i, words[i][0], new Span(start, at), words[i][0].toLowerCase(), words[i][1],
                    i == 7 ? "LOCATION" : "O", null));
        }
        List<Dependency> dependencies = List.of(new Dependency("amod", 1, 0), new Dependency("nsubj", 2, 1),
                new Dependency("root", Dependency.ROOT, 2), new Dependency("det", 5, 3),
                new Dependency("amod", 5, 4), new Dependency("obj", 2, 5), new Dependency("case", 7, 6),
                new Dependency("nmod", 5, 7));
        Sentence sentence = new Sentence(0, new Span(0, text.length()), tokens, dependencies);
        EntityMention afrin = new EntityMention("Afrin", "LOCATION", tokens.get(7).span(), new TokenRange(0, 7, 8, 7),
                null);
        Article article = new Article("t", null, null, null, null, null, "en", text, "test");
        return new AnnotatedDocument(article, Set.of(), List.of(sentence), List.of(afrin), List.of(), List.of(),
                List.of());
    }

    @Test
    void namesAndAdjectivesBeforeAPlaceNounSayWhere() {
        assertThat(finder.find(troopsEnteredTheTown())).extracting(PlaceMention::text)
                .containsExactly("Syrian", "Afrin");
    }

    @Test
    void anAdjectiveBeforeAnyOtherNounDescribesWhoseTheyAre() {
        List<PlaceMention> describing = finder.descriptive(troopsEnteredTheTown());
        assertThat(describing).extracting(PlaceMention::text).containsExactly("Turkish");
        assertThat(describing).allMatch(PlaceMention::demonym);
    }
}
