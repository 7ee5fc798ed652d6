package org.vigil.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.model.Actor;
import org.vigil.model.ActorMention;
import org.vigil.model.AnnotatedDocument;
import org.vigil.reading.ArticleInputs;
import org.vigil.reading.Outcome;

/**
 * The seed article's gold actors, found as score_article.py finds them: some emitted actor whose text contains the
 * gold text's last word and whose country, organisation and sector match those the gold gives.
 */
class SeedArticleTest {

    private static List<ActorMention> mentions;

    @BeforeAll
    static void resolveSeed() {
        Path seed = Path.of(System.getProperty("vigil.shared", "../shared"), "seed", "000_6f4a12cc5c38a6ff.txt");
        assumeTrue(Files.isRegularFile(seed), "seed article not present: " + seed);
        Outcome read = new ArticleInputs().read(List.of(seed)).findFirst().orElseThrow();
        assertThat(read).isInstanceOf(Outcome.Success.class);
        AnnotatedDocument doc = Pipeline.annotate(((Outcome.Success) read).article());
        mentions = new ActorResolver().apply(doc);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "", value = {
            "John Kirby;USA;;GOV", "Antony Blinken;USA;;GOV", "Aleksandar Vucic;SRB;;GOV", "Jake Sullivan;USA;;GOV",
            "Albin Kurti;XKX;;GOV", "Jens Stoltenberg;;NATO;", "KFOR;;NATO;", "Belgrade;SRB;;", "Serb gunmen;SRB;;"})
    void goldActorIsFound(String gold, String country, String organization, String sector) {
        String[] words = norm(gold).split(" ");
        String last = words[words.length - 1];
        List<Actor> hits = mentions.stream().map(ActorMention::actor)
                .filter(a -> norm(a.text()).contains(last))
                .filter(a -> matches(country, a.country()) && matches(organization, a.organization())
                        && matches(sector, a.sector()))
                .toList();
        assertThat(hits).as("an actor for '%s' among %s", gold,
                mentions.stream().map(m -> m.actor().text() + "=" + m.actor().code()).toList()).isNotEmpty();
    }

    private static boolean matches(String wanted, String actual) {
        return wanted == null || (actual != null && norm(actual).equals(norm(wanted)));
    }

    /** As the scorer normalises: NFKC, straight quotes, single spaces, lower case. */
    private static String norm(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"');
        return n.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
