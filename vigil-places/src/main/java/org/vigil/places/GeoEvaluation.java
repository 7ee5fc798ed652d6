package org.vigil.places;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.vigil.model.Place;

/**
 * Resolution given gold toponyms: every geocoded toponym of a gold corpus (GeoWebNews or LGL XML) is resolved
 * with the article's other gold toponyms as its context (the geocoded ones are resolved together; the others
 * are passed as further toponyms), and scored against the gold point and GeoNames id.
 *
 * <p>Scores are given twice. Country points come from world-countries, not GeoNames, and some differ by more than
 * 161 km (the United States' by 235); the second line counts a candidate with the gold's GeoNames id as exact,
 * as an evaluation whose points all come from GeoNames would.
 */
public final class GeoEvaluation {

    /** The scores of one corpus, and how long resolving it took. */
    public record Report(Path corpus, GeoScores byPoint, GeoScores idMatchIsExact, long nanos) {
        public double toponymsPerSecond() {
            return byPoint.count() / (nanos / 1e9);
        }

        @Override
        public String toString() {
            return corpus.getFileName() + String.format(" (%.0f toponyms/s)%n", toponymsPerSecond())
                    + "  by point:               " + byPoint + "\n"
                    + "  GeoNames id match exact: " + idMatchIsExact;
        }
    }

    private GeoEvaluation() {
    }

    public static Report evaluate(Path corpus, ToponymResolver resolver) {
        List<GoldCorpus.GoldArticle> articles = GoldCorpus.read(corpus);
        List<Double> byPoint = new ArrayList<>();
        List<Double> idAware = new ArrayList<>();
        int unresolved = 0;
        int idMatches = 0;
        int withGoldId = 0;
        long start = System.nanoTime();
        for (GoldCorpus.GoldArticle article : articles) {
            List<GoldCorpus.GoldToponym> geocoded = article.toponyms().stream()
                    .filter(GoldCorpus.GoldToponym::isGeocoded).toList();
            List<String> others = article.toponyms().stream().filter(g -> !g.isGeocoded())
                    .map(GoldCorpus.GoldToponym::name).toList();
            List<PlaceMention> mentions = geocoded.stream()
                    .map(g -> new PlaceMention(g.name(), g.span(), null, g.adjective()))
                    .toList();
            List<ResolvedPlace> resolved = resolver.resolve(mentions, new ResolutionContext(others, null, Set.of()));
            for (int i = 0; i < mentions.size(); i++) {
                GoldCorpus.GoldToponym gold = geocoded.get(i);
                Place place = resolved.get(i).place();
                double error = place == null ? GeoScores.MAX_ERROR_KM
                        : GeoDistance.km(gold.lat(), gold.lon(), place.lat(), place.lon());
                boolean sameId = place != null && gold.geonameId() != null
                        && Objects.equals(gold.geonameId(), place.gazetteerId());
                unresolved += place == null ? 1 : 0;
                withGoldId += gold.geonameId() != null ? 1 : 0;
                idMatches += sameId ? 1 : 0;
                byPoint.add(error);
                idAware.add(sameId ? 0 : error);
            }
        }
        long nanos = System.nanoTime() - start;
        return new Report(corpus, GeoScores.of(byPoint, unresolved, idMatches, withGoldId),
                GeoScores.of(idAware, unresolved, idMatches, withGoldId), nanos);
    }

    /**
     * Prints the scores of each corpus named on the command line; with none, of GeoWebNews under the shared
     * folder the {@code vigil.shared} property names (default {@code ../shared}).
     */
    public static void main(String[] args) {
        List<Path> corpora = new ArrayList<>();
        for (String arg : args) {
            corpora.add(Path.of(arg));
        }
        if (corpora.isEmpty()) {
            corpora.add(Path.of(System.getProperty("vigil.shared", "../shared"), "eval/geowebnews/GWN.xml"));
        }
        try (Gazetteer gazetteer = Gazetteer.open()) {
            ToponymResolver resolver = new ToponymResolver(gazetteer);
            for (Path corpus : corpora) {
                System.out.println(evaluate(corpus, resolver));
            }
        }
    }
}
