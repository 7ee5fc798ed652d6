package org.vigil.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.model.AnnotatedDocument;
import org.vigil.model.CorefChain;
import org.vigil.model.Mention;
import org.vigil.model.Quote;

/** The founding report, annotated: what issue 2 asks the language layer to find in it. */
class SeedAnnotationTest {
    private static AnnotatedDocument doc;

    @BeforeAll
    static void annotate() {
        Path seed = Analyzers.shared("seed/000_6f4a12cc5c38a6ff.txt");
        assumeTrue(seed != null, "the shared seed report is not beside this checkout");
        doc = Analyzers.shared().apply(Analyzers.read(seed));
    }

    private static Set<String> entities(String type) {
        return doc.entities().stream().filter(e -> e.type().equals(type)).map(e -> e.text())
                .collect(Collectors.toSet());
    }

    @Test
    void findsPeopleOrganisationsAndPlaces() {
        assertThat(entities("PERSON")).contains("John Kirby", "Antony Blinken", "Aleksandar Vucic", "Jake Sullivan",
                "Albin Kurti", "Jens Stoltenberg");
        assertThat(entities("ORGANIZATION")).contains("KFOR", "NATO");
        assertThat(entities("LOCATION")).contains("Serbia", "Kosovo", "Belgrade", "Moscow");
        assertThat(entities("LOCATION")).anyMatch(t -> t.startsWith("Washington"));
    }

    @Test
    void datesAreAnchoredToThePublicationDate() {
        assertThat(doc.times()).anyMatch(t -> t.text().equals("Wednesday") && t.value().equals("2023-09-27"));
        assertThat(doc.times()).anyMatch(t -> t.text().equals("2008") && t.value().equals("2008"));
    }

    @Test
    void quotesAreAttributedIncludingThroughAPronoun() {
        List<Quote> speech = doc.quotes().stream().filter(q -> q.text().length() > 40).toList();
        assertThat(speech).extracting(Quote::canonicalSpeaker)
                .containsExactly("John Kirby", "Aleksandar Vucic", "John Kirby");
        assertThat(speech.get(2).speaker().text()).isEqualTo("he");
    }

    @Test
    void himInUrgingHimIsVucic() {
        int urging = doc.article().text().indexOf("urging him") + "urging ".length();
        Optional<CorefChain> chain = doc.chains().stream()
                .filter(c -> c.mentions().stream().anyMatch(m -> m.span().start() == urging)).findFirst();
        assertThat(chain).isPresent();
        assertThat(chain.get().representative().text()).isEqualTo("Aleksandar Vucic");
        assertThat(chain.get().mentions()).extracting(Mention::text).contains("Vucic");
    }
}
