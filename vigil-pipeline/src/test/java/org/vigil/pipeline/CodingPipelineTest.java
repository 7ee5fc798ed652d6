package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.vigil.events.casualty.CasualtyExtractor;
import org.vigil.model.Article;
import org.vigil.places.ToponymResolver;

class CodingPipelineTest {
    private static final CodingPipeline PIPELINE = new CodingPipeline(Stages.language(), Stages.actors(),
            Stages.events(), new CasualtyExtractor(), new ToponymResolver(Stages.gazetteer()));

    @Test
    void aTownTooSmallForTheActorFilesStandsForTheStateThePlaceResolverPutsItIn() {
        Article a = new Article("t", null, null, null, LocalDate.of(2000, 1, 1), null, "en",
                "Serb forces shelled the town of Gorazde.", "test");
        assertThat(PIPELINE.apply(a).events()).singleElement().satisfies(e -> {
            assertThat(e.cameo()).isEqualTo("194");
            assertThat(e.target().country()).isEqualTo("BIH");
        });
    }

    @Test
    void anArticleWithNoTextIsRefusedByName() {
        CodingPipeline pipeline = PIPELINE;
        Article blank = new Article("b", null, null, null, LocalDate.of(2024, 3, 15), null, "en", " \n ", "feed.jsonl:7");
        assertThatThrownBy(() -> pipeline.apply(blank)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("feed.jsonl:7: the article has no text to code");
    }
}
