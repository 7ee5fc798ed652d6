package org.vigil.places;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
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

    /** Toponyms resolved further than this from the gold point are misses. */
    public static final double MISS_KM = 161;

    /**
     * A toponym resolved more than {@value #MISS_KM} km off, or not at all, for error analysis.
     *
     * @param article      the gold article's id
     * @param gold         the gold toponym
     * @param chosen       the place it resolved to, or null when unresolved
     * @param errorKm      distance from the gold point ({@link GeoScores#MAX_ERROR_KM} when unresolved)
     * @param nearest      the candidate nearest the gold point, or null when there were none
     * @param nearestRank  that candidate's rank before document context (0 best), -1 when none
     * @param nearestKm    its distance from the gold point
     * @param candidates   how many candidates the name had
     */
    public record Miss(String article, GoldCorpus.GoldToponym gold, Place chosen, double errorKm,
                       Candidate nearest, int nearestRank, double nearestKm, int candidates) {

        /** Which kind of miss: no candidate near the gold point, a near one ranked below, or none chosen. */
        public String kind() {
            if (nearest == null || nearestKm > MISS_KM) {
                return "no-candidate";
            }
            return chosen == null ? "unresolved" : "ranked-below";
        }

        @Override
        public String toString() {
            String where = chosen == null ? "UNRESOLVED"
                    : String.format("%s [%s %s %s] %.0f km off", chosen.name(), chosen.feature(),
                            chosen.country(), chosen.gazetteerId(), errorKm);
            String near = nearest == null ? "no candidates"
                    : String.format("nearest of %d: #%d %s [%s %s %s] %.0f km", candidates, nearestRank,
                            nearest.name(), nearest.featureCode(), nearest.countryIso3(), nearest.id(), nearestKm);
            return String.format("%-12s %s%s gold=(%.2f,%.2f) id=%s -> %s; %s", kind(), gold.name(),
                    gold.adjective() ? " (adj)" : "", gold.lat(), gold.lon(), gold.geonameId(), where, near);
        }
    }

    /** The scores of one corpus, how long resolving it took, and its misses. */
    public record Report(Path corpus, GeoScores byPoint, GeoScores idMatchIsExact, long nanos, List<Miss> misses) {
        public Report {
            misses = List.copyOf(misses);
        }

        /** How many misses of each kind (see {@link Miss#kind()}). */
        public java.util.Map<String, Long> missesByKind() {
            return misses.stream().collect(java.util.stream.Collectors.groupingBy(Miss::kind,
                    java.util.TreeMap::new, java.util.stream.Collectors.counting()));
        }

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

    /** A toponym resolved too far off, before its candidates are looked into. */
    private record Outcome(String article, GoldCorpus.GoldToponym gold, Place chosen, double errorKm) {
        Miss miss(ToponymResolver resolver) {
            PlaceMention mention = new PlaceMention(gold.name(), gold.span(), null, gold.adjective());
            List<Candidate> candidates = resolver.candidates(mention);
            Candidate nearest = null;
            int rank = -1;
            double nearestKm = Double.MAX_VALUE;
            for (int i = 0; i < candidates.size(); i++) {
                Candidate c = candidates.get(i);
                double km = GeoDistance.km(gold.lat(), gold.lon(), c.lat(), c.lon());
                if (km < nearestKm) {
                    nearest = c;
                    rank = i;
                    nearestKm = km;
                }
            }
            return new Miss(article, gold, chosen, errorKm, nearest, rank, nearestKm, candidates.size());
        }
    }

    /**
     * Scores the corpus, each article's context being its other toponyms, its text and its dateline place, read from
     * its text by {@code datelines} as the pipeline's reading stage does (null where it has none), so that the
     * resolver is given what it is given in production.
     */
    public static Report evaluate(Path corpus, ToponymResolver resolver, UnaryOperator<String> datelines) {
        List<GoldCorpus.GoldArticle> articles = GoldCorpus.read(corpus);
        List<Double> byPoint = new ArrayList<>();
        List<Double> idAware = new ArrayList<>();
        int unresolved = 0;
        int idMatches = 0;
        int withGoldId = 0;
        List<Outcome> outcomes = new ArrayList<>();
        long start = System.nanoTime();
        for (GoldCorpus.GoldArticle article : articles) {
            List<GoldCorpus.GoldToponym> geocoded = article.toponyms().stream()
                    .filter(GoldCorpus.GoldToponym::isGeocoded).toList();
            List<String> others = article.toponyms().stream().filter(g -> !g.isGeocoded())
                    .map(GoldCorpus.GoldToponym::name).toList();
            List<PlaceMention> mentions = geocoded.stream()
                    .map(g -> new PlaceMention(g.name(), g.span(), null, g.adjective()))
                    .toList();
            List<ResolvedPlace> resolved = resolver.resolve(mentions,
                    new ResolutionContext(others, datelines.apply(article.text()), Set.of(), article.text()));
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
                if (error > MISS_KM) {
                    outcomes.add(new Outcome(article.id(), gold, place, error));
                }
            }
        }
        long nanos = System.nanoTime() - start;
        // Looked into after the clock stops, so that error analysis costs the speed figure nothing.
        List<Miss> misses = outcomes.stream().map(o -> o.miss(resolver)).toList();
        return new Report(corpus, GeoScores.of(byPoint, unresolved, idMatches, withGoldId),
                GeoScores.of(idAware, unresolved, idMatches, withGoldId), nanos, misses);
    }
}
