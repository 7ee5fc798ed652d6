package org.vigil.places;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Where a document is about: each toponym spreads its weight over the countries and first-level divisions of its
 * candidates, in proportion to their current probabilities. A candidate is then judged by the share of the
 * <em>other</em> toponyms' weight that falls where it lies, so a name never votes for itself.
 */
final class DocumentFocus {
    private final Map<String, Double> countries = new HashMap<>();
    private final Map<String, Double> divisions = new HashMap<>();
    private double total;
    /** The part of the weight that falls in some first-level division: countries and seas tell none. */
    private double inDivisions;

    DocumentFocus(Collection<Toponym> toponyms) {
        for (Toponym t : toponyms) {
            if (t.candidates().isEmpty()) {
                continue;
            }
            total += t.weight;
            for (int i = 0; i < t.probability.length; i++) {
                Candidate c = t.candidate(i);
                double vote = t.weight * t.probability[i];
                add(countries, countryOf(c), vote);
                add(divisions, divisionOf(c), vote);
                inDivisions += divisionOf(c) == null ? 0 : vote;
            }
        }
    }

    /** The country that holds most of the document's weight, or null when no toponym lies in one. */
    String mainCountry() {
        return countries.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /**
     * The first-level division ("US.IL") that holds the most of the document's weight, when it holds at least
     * {@code minShare} of the weight that falls in divisions at all; null for a document spread thin over many
     * divisions.
     */
    String mainDivision(double minShare) {
        var main = divisions.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(null);
        return main != null && inDivisions > 0 && main.getValue() / inDivisions >= minShare ? main.getKey() : null;
    }

    /** The candidate's first-level division as {@link #mainDivision} names it, or null. */
    static String divisionOf(Candidate c) {
        return c.admin1Code() == null ? null : c.countryIso2() + "." + c.admin1Code();
    }

    double countryShare(Toponym self, Candidate c) {
        return share(countries, self, c, DocumentFocus::countryOf);
    }

    double divisionShare(Toponym self, Candidate c) {
        return share(divisions, self, c, DocumentFocus::divisionOf);
    }

    private double share(Map<String, Double> votes, Toponym self, Candidate c, Function<Candidate, String> key) {
        String where = key.apply(c);
        double others = total - (self.candidates().isEmpty() ? 0 : self.weight);
        if (where == null || others <= 0) {
            return 0;
        }
        double own = 0;
        for (int i = 0; i < self.probability.length; i++) {
            if (where.equals(key.apply(self.candidate(i)))) {
                own += self.weight * self.probability[i];
            }
        }
        return Math.max(0, votes.getOrDefault(where, 0.0) - own) / others;
    }

    private static String countryOf(Candidate c) {
        return c.countryIso3();
    }

    private static void add(Map<String, Double> votes, String key, double vote) {
        if (key != null) {
            votes.merge(key, vote, Double::sum);
        }
    }
}
