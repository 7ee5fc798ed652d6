package org.vigil.places;

import java.util.List;

/**
 * The towns a document's mentions resolved to, for placing a name the gazetteer lacks (a street, a school, a
 * neighbourhood) in the town the text names nearest to it; failing spans, in the town the document names most.
 */
final class Vicinity {
    private final List<PlaceMention> mentions;
    private final List<Toponym> ofMention;
    private final double minScore;

    Vicinity(List<PlaceMention> mentions, List<Toponym> ofMention, double minScore) {
        this.mentions = mentions;
        this.ofMention = ofMention;
        this.minScore = minScore;
    }

    /** The town nearest in the text to mention {@code i}, else the one named most; null when there is none. */
    Candidate townNear(int i) {
        Candidate nearest = null;
        int closest = Integer.MAX_VALUE;
        Candidate most = null;
        double mostWeight = 0;
        for (int j = 0; j < mentions.size(); j++) {
            Candidate town = town(ofMention.get(j));
            if (j == i || town == null) {
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
