package org.vigil.places;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where the text itself says a name is: "the Palais des Nations in Geneva", "Oulton Park, Cheshire". A building,
 * street or park the gazetteer lacks, so followed by a town, division or country, lies there, wherever else the
 * story goes; so does a name the gazetteer reads as a place elsewhere ("August in New Orleans").
 */
final class Locative {
    /** What stands between a name and the town or division it is said to be in. */
    private static final Pattern IN = Pattern.compile("\\s+in\\s+(?:the\\s+)?");
    /**
     * What stands between a name and the division it is said to be in ("Oulton Park, Cheshire"). Not a town:
     * "Beyond Madinaty, Liverpool have other academies" is two clauses.
     */
    private static final Pattern COMMA = Pattern.compile(",\\s*");

    private Locative() {
    }

    /**
     * For each mention, the place the mention right after it says it is in, or null. {@code text} is the
     * article's text the spans index; without it there are none.
     */
    static Candidate[] places(List<PlaceMention> mentions, List<Toponym> ofMention, boolean[] detached, String text,
                              double minScore) {
        Candidate[] in = new Candidate[mentions.size()];
        if (text == null) {
            return in;
        }
        for (int i = 0; i < mentions.size(); i++) {
            PlaceMention mention = mentions.get(i);
            if (mention.span() == null || mention.demonym()) {
                continue;
            }
            for (int j = 0; j < mentions.size(); j++) {
                PlaceMention next = mentions.get(j);
                if (j == i || detached[j] || next.span() == null || next.demonym()) {
                    continue;
                }
                Candidate spot = spot(ofMention.get(j), minScore);
                if (spot != null && (PlaceMention.joinedBy(mention, next, text, IN)
                        || !ToponymResolver.isLocal(spot) && !"PCLI".equals(spot.featureCode())
                        && PlaceMention.joinedBy(mention, next, text, COMMA))) {
                    in[i] = spot;
                    break;
                }
            }
        }
        return in;
    }

    /** Whether {@code place} lies in {@code container}: its country, its division, or within {@code km} of it. */
    static boolean holds(Candidate container, Candidate place, double km) {
        if (container.countryIso2() == null || !container.countryIso2().equals(place.countryIso2())) {
            return false;
        }
        return switch (container.featureCode()) {
            case "PCLI", "RGN" -> true;
            case "ADM1" -> container.admin1Code().equals(place.admin1Code());
            default -> GeoDistance.km(container.lat(), container.lon(), place.lat(), place.lon()) <= km;
        };
    }

    /** The toponym's place if it is a town, a division or a country, resolved well enough; null otherwise. */
    private static Candidate spot(Toponym t, double minScore) {
        int best = t.best();
        if (best < 0 || t.score[best] < minScore) {
            return null;
        }
        Candidate c = t.candidate(best);
        boolean division = "ADM1".equals(c.featureCode()) || "PCLI".equals(c.featureCode())
                || "RGN".equals(c.featureCode()) && c.countryIso2() != null;
        return ToponymResolver.isLocal(c) || division ? c : null;
    }
}
