package org.vigil.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeoEvaluationTest {

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(GeoEvaluationTest.class.getResource(name).toURI());
    }

    @Test
    void readsGeoWebNewsGold() throws URISyntaxException {
        List<GoldCorpus.GoldArticle> articles = GoldCorpus.read(resource("gwn-sample.xml"));
        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("7");
            // "the area" is a location expression, not a toponym.
            assertThat(a.toponyms()).extracting(GoldCorpus.GoldToponym::name).containsExactly("Kosovo", "Serbian");
            assertThat(a.toponyms().get(0).geonameId()).isEqualTo("831053");
            assertThat(a.toponyms().get(1).adjective()).isTrue();
            assertThat(a.toponyms().get(1).span()).isNull();
        });
    }

    @Test
    void readsLglGold() throws URISyntaxException {
        List<GoldCorpus.GoldArticle> articles = GoldCorpus.read(resource("lgl-sample.xml"));
        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("42");
            assertThat(a.toponyms()).extracting(GoldCorpus.GoldToponym::name).containsExactly("Paris", "Texas");
            assertThat(a.toponyms().get(0)).satisfies(t -> {
                assertThat(t.geonameId()).isEqualTo("4717560");
                assertThat(t.lat()).isEqualTo(33.66094);
                assertThat(t.span().start()).isEqualTo(0);
            });
            assertThat(a.toponyms().get(1).isGeocoded()).isFalse();
        });
    }

    @Test
    void scoresTheSampleCorpora() throws URISyntaxException {
        // Paris is scored; Texas, which the gold does not geocode, is its context and makes it Paris, Texas.
        GeoEvaluation.Report report = GeoEvaluation.evaluate(resource("lgl-sample.xml"), TestGazetteer.resolver(), text -> null);
        assertThat(report.byPoint().count()).isEqualTo(1);
        assertThat(report.byPoint().accuracy161()).isEqualTo(1.0);
        assertThat(report.byPoint().exactId()).isEqualTo(1.0);
        GeoEvaluation.Report kosovo = GeoEvaluation.evaluate(resource("gwn-sample.xml"), TestGazetteer.resolver(), text -> null);
        // Both resolve to Kosovo and Serbia by id; world-countries' points lie within 161 km of GeoNames' here.
        assertThat(kosovo.idMatchIsExact().exactId()).isEqualTo(1.0);
        assertThat(kosovo.idMatchIsExact().medianKm()).isZero();
    }

    @Test
    void geoWebNewsStaysAboveItsFloor() {
        Path gwn = Path.of(System.getProperty("vigil.shared", "../../shared"), "eval/geowebnews/GWN.xml");
        assumeThat(Files.isRegularFile(gwn)).as("GeoWebNews at %s", gwn).isTrue();
        GeoEvaluation.Report report = GeoEvaluation.evaluate(gwn, TestGazetteer.resolver(), text -> null);
        assertThat(report.byPoint().count()).isEqualTo(2601);
        assertThat(report.idMatchIsExact().accuracy161()).isGreaterThan(0.78);
        assertThat(report.byPoint().accuracy161()).isGreaterThan(0.68);
        assertThat(report.byPoint().exactId()).isGreaterThan(0.68);
    }
}
