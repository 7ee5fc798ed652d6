package org.vigil.places;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The towns a document's mentions resolved to, for placing a name the gazetteer lacks (a street, a school, a
 * neighbourhood) in the town the text names nearest to it; failing spans, in the town the document names most.
 */
final class Vicinity {
    private final List<PlaceMention> mentions;
    private final List<Toponym> ofMention;
    private final boolean[] detached;
    private final String mainCountry;
    private final double minScore;

    /**
     * {@code detached} marks the mentions whose place is no anchor: a facility resolved by a far town.
     * {@code mainCountry} is the country most of the document lies in (ISO3), or null.
     */
    Vicinity(List<PlaceMention> mentions, List<Toponym> ofMention, boolean[] detached, String mainCountry,
             double minScore) {
        this.mentions = mentions;
        this.ofMention = ofMention;
        this.detached = detached;
        this.mainCountry = mainCountry;
        this.minScore = minScore;
    }

    /**
     * The town nearest in the text to mention {@code i}, else the one named most; null when there is none. Towns
     * in the document's main country come first: a town abroad named near a street is seldom where it is (a
     * Cape Town suburb read as the Dutch Delft, a visitor's home town).
     */
    Candidate townNear(int i) {
        Candidate home = townNear(i, town -> Objects.equals(mainCountry, town.countryIso3()));
        return home != null ? home : townNear(i, town -> true);
    }

    /**
     * The town of the first-level division ("US.CO", as {@link DocumentFocus#divisionOf} names it) nearest in the
     * text to mention {@code i}, else the one named most; null when the document names none there.
     */
    Candidate townIn(int i, String division) {
        return townNear(i, town -> division.equals(DocumentFocus.divisionOf(town)));
    }

    private Candidate townNear(int i, Predicate<Candidate> where) {
        Candidate nearest = null;
        int closest = Integer.MAX_VALUE;
        Candidate most = null;
        double mostWeight = 0;
        for (int j = 0; j < mentions.size(); j++) {
            Candidate town = town(ofMention.get(j));
            if (j == i || town == null || detached[j] || !where.test(town)) {
                continue;
            }
            Toponym t = ofMention.get(j);
            double weight = t.weight * t.probability[t.best()];
            if (weight > mostWeight) {
                mostWeight = weight;
                most = town;
            }
            if (mentions.get(i).span() != null && mentions.get(j).span() != null) {
                int distance = Math.abs(mentions.get(j).span().start() - mentions.get(i).span().start());
                if (distance < closest) {
                    closest = distance;
                    nearest = town;
                }
            }
        }
        return nearest != null ? nearest : most;
    }

    /** The toponym's place if it is a town or small division resolved with confidence, else null. */
    private Candidate town(Toponym t) {
        int best = t.best();
        return best >= 0 && ToponymResolver.isLocal(t.candidate(best)) && t.score[best] >= minScore
                ? t.candidate(best) : null;
    }
}
