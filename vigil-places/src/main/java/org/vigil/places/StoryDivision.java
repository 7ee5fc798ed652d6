package org.vigil.places;

import java.util.List;

/**
 * The first-level division a story is in: the one that holds at least a given share of the weight its places put
 * in divisions at all, its streets and buildings left out. A people's adjective or a country says nothing of the
 * division, and a street read as a far town ("Royal Street" as Royal City, Washington) must not draw the story
 * there.
 */
final class StoryDivision {
    /** How many of a story's names must lie in a division to make it the story's own. */
    private static final int HOME_PLACES = 2;

    private final List<Toponym> places;
    private final String main;
    private final boolean namesATown;

    /**
     * {@code places} are the story's toponyms but its streets and buildings; {@code towns} the towns they
     * resolved to.
     */
    StoryDivision(List<Toponym> places, List<Candidate> towns, double minShare) {
        this.places = places;
        this.main = new DocumentFocus(places).mainDivision(minShare);
        this.namesATown = main != null && towns.stream().anyMatch(t -> main.equals(DocumentFocus.divisionOf(t)));
    }

    /**
     * The division ("US.IL"), for telling strays, where it holds the best places of two of the story's names, one
     * a town; else null. One town named among countries ("Ankara" in a story of Turkey, Germany and Japan) does
     * not make the story local.
     */
    String home() {
        if (!namesATown) {
            return null;
        }
        long holding = places.stream()
                .filter(t -> t.best() >= 0 && main.equals(DocumentFocus.divisionOf(t.candidate(t.best())))).count();
        return holding >= HOME_PLACES ? main : null;
    }

    /**
     * The division itself where the story names it, well enough resolved, and no town of it ("Rajasthan", named
     * four times, and New Delhi): a place the gazetteer lacks is then in that division rather than in a town of
     * another. Else null.
     */
    Candidate townless(double minScore) {
        if (main == null || namesATown) {
            return null;
        }
        for (Toponym t : places) {
            int best = t.best();
            if (best >= 0 && "ADM1".equals(t.candidate(best).featureCode())
                    && main.equals(DocumentFocus.divisionOf(t.candidate(best))) && t.score[best] >= minScore) {
                return t.candidate(best);
            }
        }
        return null;
    }
}
