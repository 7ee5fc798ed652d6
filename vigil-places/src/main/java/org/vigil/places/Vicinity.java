package org.vigil.places;

import java.util.List;
import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * The towns a document's mentions resolved to, for placing a name the gazetteer lacks (a street, a school, a
 * neighbourhood) in the town the text names nearest to it; failing spans, in the town the document names most.
 */
final class Vicinity {
    /** A town at least this likely among its name's places is no coin toss. */
    private static final double SETTLED_PROBABILITY = 0.5;
    private final List<PlaceMention> mentions;
    private final List<Toponym> ofMention;
    private final boolean[] detached;
    private final String mainCountry;
    private final double minScore;
    private final double anchorScore;
    private final Candidate townlessDivision;

    /**
     * {@code detached} marks the mentions whose place is no anchor: a facility resolved by a far town.
     * {@code mainCountry} is the country most of the document lies in (ISO3), or null; {@code townlessDivision}
     * the first-level division most of it lies in where it names no town there, or null.
     */
    Vicinity(List<PlaceMention> mentions, List<Toponym> ofMention, boolean[] detached, String mainCountry,
             double minScore, double anchorScore, Candidate townlessDivision) {
        this.mentions = mentions;
        this.ofMention = ofMention;
        this.detached = detached;
        this.mainCountry = mainCountry;
        this.minScore = minScore;
        this.anchorScore = anchorScore;
        this.townlessDivision = townlessDivision;
    }

    /**
     * The town nearest in the text to mention {@code i}, else the one named most; null when there is none. Towns
     * in the document's main country come first: a town abroad named near a street is seldom where it is (a
     * Cape Town suburb read as the Dutch Delft, a visitor's home town). Where the story is in a division it
     * names but names no town of, that division comes before any town.
     */
    Candidate townNear(int i) {
        if (townlessDivision != null) {
            return townlessDivision;
        }
        Candidate home = townNear(i, j -> settled(j) && Objects.equals(mainCountry, town(j).countryIso3()));
        if (home == null) {
            home = townNear(i, j -> Objects.equals(mainCountry, town(j).countryIso3()));
        }
        return home != null ? home : townNear(i, j -> true);
    }

    /**
     * The town of the first-level division ("US.CO", as {@link DocumentFocus#divisionOf} names it) nearest in the
     * text to mention {@code i}, else the one named most; null when the document names none there.
     */
    Candidate townIn(int i, String division) {
        return townNear(i, j -> division.equals(DocumentFocus.divisionOf(town(j))));
    }

    /**
     * The capital of another country than {@code iso3} nearest in the text to mention {@code i}, else the one
     * named most; null when the document names none.
     */
    Candidate capitalNear(int i, String iso3) {
        return townNear(i, j -> "PPLC".equals(town(j).featureCode()) && !iso3.equals(town(j).countryIso3()));
    }

    /**
     * Whether mention {@code j}'s town is sure enough to anchor others: named by its own name, not an alternate
     * one ("Franklin" for Columbus), the likelier of its places by far, and scored well clear of the bar. A
     * one-word name shared by twenty towns ("Lafayette"), or a village named by a street's first word
     * ("Elysian" of "Elysian Fields"), is weak evidence of where the story is, though it is the best reading of
     * its own name.
     */
    private boolean settled(int j) {
        Toponym t = ofMention.get(j);
        int best = t.best();
        return t.candidate(best).match().isPreferredName() && t.probability[best] >= SETTLED_PROBABILITY
                && t.score[best] >= anchorScore;
    }

    private Candidate townNear(int i, IntPredicate where) {
        Candidate nearest = null;
        int closest = Integer.MAX_VALUE;
        Candidate most = null;
        double mostWeight = 0;
        for (int j = 0; j < mentions.size(); j++) {
            Candidate town = town(ofMention.get(j));
            if (j == i || town == null || detached[j] || !where.test(j)) {
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

    private Candidate town(int j) {
        return town(ofMention.get(j));
    }

    /** The toponym's place if it is a town or small division resolved with confidence, else null. */
    private Candidate town(Toponym t) {
        int best = t.best();
        return best >= 0 && ToponymResolver.isLocal(t.candidate(best)) && t.score[best] >= minScore
                ? t.candidate(best) : null;
    }
}
