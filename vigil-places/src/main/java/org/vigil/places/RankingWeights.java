package org.vigil.places;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The ranking's weights, read from {@code ranking.properties} and {@code feature-types.tsv} so they can be tuned
 * without touching the code. See those files for what each one means.
 */
record RankingWeights(double exact, double folded, double alternate, double alternateFolded,
                      double demonymMarked, double demonymUnmarked, double qualifiedByNameWord,
                      double contained, double partial, double nameIsADirection, double population,
                      double areaNamedLikeAPlaceInIt,
                      double focusCountry, double focusAdmin1, double datelineWeight, double actorCountry,
                      double proximity, double proximityKm, double facilityAnchorKm, double strayPopulation,
                      double strayAbroadPopulation,
                      double strayDivisionShare, double strayAnchorKm, double minScore, double anchorScore,
                      Map<String, FeatureType> features) {

    /** What a feature code is called in a Place, and its prior. */
    record FeatureType(String label, double prior) {
    }

    RankingWeights {
        features = Map.copyOf(features);
    }

    static RankingWeights load() {
        Properties p = new Properties();
        try (InputStream in = RankingWeights.class.getResourceAsStream("ranking.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("ranking.properties", e);
        }
        Map<String, FeatureType> features = new HashMap<>();
        for (List<String> row : Tables.rows("feature-types.tsv")) {
            features.put(row.get(0), new FeatureType(row.get(1), Double.parseDouble(row.get(2))));
        }
        return new RankingWeights(number(p, "match.exact"), number(p, "match.folded"),
                number(p, "match.alternate"), number(p, "match.alternate.folded"),
                number(p, "match.demonym.marked"),
                number(p, "match.demonym.unmarked"), number(p, "reading.qualified.by.name.word"),
                number(p, "reading.contained"), number(p, "reading.partial"), number(p, "name.is.a.direction"),
                number(p, "population"),
                number(p, "area.named.like.a.place.in.it"), number(p, "focus.country"),
                number(p, "focus.admin1"), number(p, "dateline.weight"), number(p, "actor.country"),
                number(p, "proximity"), number(p, "proximity.km"), number(p, "facility.anchor.km"),
                number(p, "stray.population"), number(p, "stray.abroad.population"),
                number(p, "stray.division.share"), number(p, "stray.anchor.km"),
                number(p, "min.score"), number(p, "anchor.score"), features);
    }

    double match(MatchKind kind, boolean markedDemonym) {
        return switch (kind) {
            case EXACT -> exact;
            case FOLDED -> folded;
            case ALTERNATE -> alternate;
            case ALTERNATE_FOLDED -> alternateFolded;
            case DEMONYM -> markedDemonym ? demonymMarked : demonymUnmarked;
        };
    }

    double reading(MentionReader.Kind kind) {
        return switch (kind) {
            case LITERAL, QUALIFIED -> 0;
            case QUALIFIED_BY_NAME_WORD -> qualifiedByNameWord;
            case CONTAINED -> contained;
            case PARTIAL -> partial;
        };
    }

    double featurePrior(String featureCode) {
        FeatureType type = features.get(featureCode);
        return type == null ? 0 : type.prior();
    }

    /** The Place feature name: country, continent, region, admin1, admin2, city, water or landmark. */
    String featureLabel(Candidate candidate) {
        FeatureType type = features.get(candidate.featureCode());
        if (type != null) {
            return type.label();
        }
        return "P".equals(candidate.featureClass()) ? "city" : "area";
    }

    private static double number(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("ranking.properties lacks " + key);
        }
        return Double.parseDouble(value.strip());
    }
}
