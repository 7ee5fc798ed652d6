package org.vigil.pipeline.eval;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.vigil.model.Article;
import org.vigil.model.Place;
import org.vigil.places.GeoDistance;
import org.vigil.places.GoldCorpus;

/**
 * Geoparsing end to end: the coder finds and resolves the toponyms of each article itself, and is scored against
 * the gold spans. A found toponym matches a gold one when their spans overlap; precision and recall count
 * matches, and the accuracy of those found is the share of matched, geocoded gold toponyms placed within 161 km.
 */
public final class GeoEndToEnd {
    private static final double NEAR_KM = 161;

    /** The figures for one corpus. */
    public record Report(Path corpus, int articles, int gold, int found, int matched, int geocodedMatched,
                         int within161, double medianKm) {
        public double precision() {
            return found == 0 ? 0 : (double) matched / found;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) matched / gold;
        }

        public double accuracy161() {
            return geocodedMatched == 0 ? 0 : (double) within161 / geocodedMatched;
        }

        public void print(PrintStream out) {
            double f1 = precision() + recall() == 0 ? 0 : 2 * precision() * recall() / (precision() + recall());
            out.printf("%s end to end: %d articles, %d gold toponyms, %d found%n", corpus.getFileName(), articles,
                    gold, found);
            out.printf("  toponym precision %.3f, recall %.3f, F1 %.3f%n", precision(), recall(), f1);
            out.printf("  of the %d geocoded gold toponyms found: %.3f within 161 km, median error %.1f km%n",
                    geocodedMatched, accuracy161(), medianKm);
        }
    }

    /** Scores {@code geoparse}, which gives the resolved places of an article's text. */
    public Report evaluate(Path corpus, Function<Article, List<Place>> geoparse) {
        List<GoldCorpus.GoldArticle> articles = GoldCorpus.read(corpus);
        int gold = 0;
        int found = 0;
        int matched = 0;
        int geocoded = 0;
        int near = 0;
        List<Double> errors = new ArrayList<>();
        for (GoldCorpus.GoldArticle a : articles) {
            List<GoldCorpus.GoldToponym> toponyms = a.toponyms().stream().filter(t -> t.span() != null).toList();
            List<Place> places = geoparse.apply(new Article(a.id(), null, null, null, null, null, "en", a.text(),
                    corpus + "#" + a.id()));
            gold += toponyms.size();
            found += places.size();
            boolean[] used = new boolean[places.size()];
            for (GoldCorpus.GoldToponym t : toponyms) {
                for (int i = 0; i < places.size(); i++) {
                    Place p = places.get(i);
                    if (used[i] || p.span() == null || !p.span().overlaps(t.span())) {
                        continue;
                    }
                    used[i] = true;
                    matched++;
                    if (t.isGeocoded() && p.lat() != null) {
                        geocoded++;
                        double km = GeoDistance.km(t.lat(), t.lon(), p.lat(), p.lon());
                        errors.add(km);
                        if (km <= NEAR_KM) {
                            near++;
                        }
                    }
                    break;
                }
            }
        }
        Collections.sort(errors);
        double median = errors.isEmpty() ? 0 : errors.get(errors.size() / 2);
        return new Report(corpus, articles.size(), gold, found, matched, geocoded, near, median);
    }
}
