package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.vigil.events.casualty.CasualtyExtractor;
import org.vigil.model.Article;
import org.vigil.places.ToponymResolver;

class CodingPipelineTest {

    @Test
    void anArticleWithNoTextIsRefusedByName() {
        CodingPipeline pipeline = new CodingPipeline(Stages.language(), Stages.actors(), Stages.events(),
                new CasualtyExtractor(), new ToponymResolver(Stages.gazetteer()));
        Article blank = new Article("b", null, null, null, LocalDate.of(2024, 3, 15), null, "en", " \n ", "feed.jsonl:7");
        assertThatThrownBy(() -> pipeline.apply(blank)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("feed.jsonl:7: the article has no text to code");
    }
}
