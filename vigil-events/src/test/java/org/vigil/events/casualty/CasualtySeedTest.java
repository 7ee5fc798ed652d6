package org.vigil.events.casualty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vigil.model.Article;
import org.vigil.model.Casualty;
import org.vigil.reading.ArticleInputs;
import org.vigil.reading.Outcome;

/**
 * The report the project was founded on: its analyst's gold has three tolls (a Kosovar police officer killed,
 * three Serb gunmen killed, three arrested), each stated once or twice. Skipped where the shared folder is absent.
 */
class CasualtySeedTest {

    @Test
    void yieldsTheGoldTollsOnceEach() {
        String shared = System.getProperty("vigil.shared");
        assumeTrue(shared != null, "vigil.shared is not set");
        Path seed = Path.of(shared, "seed", "000_6f4a12cc5c38a6ff.txt");
        assumeTrue(Files.isRegularFile(seed), "no seed article at " + seed);
        Article article = new ArticleInputs().read(List.of(seed))
                .map(o -> ((Outcome.Success) o).article()).findFirst().orElseThrow();

        List<Casualty> found = new CasualtyExtractor().extract(Nlp.annotate(article), List.of());

        List<String> formatted = found.stream().map(CasualtyExtractorTest::format).toList();
        assertThat(formatted).containsOnlyOnce("killed 1 police officer", "killed 3 gunmen", "arrested 3 gunmen");
        // The gold's own test: each gold toll must be matched by kind, count and who, as score_article.py matches.
        assertThat(found).filteredOn(c -> c.kind().equals("killed") && c.count() == 3).hasSize(1);
        assertThat(found).filteredOn(c -> c.kind().equals("killed") && c.count() == 1).hasSize(1);
        assertThat(found).filteredOn(c -> c.kind().equals("arrested")).hasSize(1);
        assertThat(found).allSatisfy(c -> assertThat(article.text()).contains(c.span().of(article.text())));
    }
}
