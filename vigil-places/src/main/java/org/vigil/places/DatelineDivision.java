package org.vigil.places;

import java.util.Arrays;
import java.util.List;

/**
 * A story filed from a first-level division names that division by its bare name: in a report datelined "CAMP
 * MURRAY, Wash." the "Washington" of "not just Washington communities" is the state, not the capital the name
 * alone would be. A mention whose best place lies outside the dateline's division, and that can be the division
 * itself by its own name, is read as the division. "New York" in a story filed from "ALBANY, N.Y." is unchanged:
 * the city is in the division.
 */
final class DatelineDivision {
    private DatelineDivision() {
    }

    /**
     * For each mention, the index of its candidate that is the dateline's division, or -1 to keep its best.
     * {@code dateline} is the dateline's division or place, read alone ("Wash." of "CAMP MURRAY, Wash.",
     * "Seattle" of "SEATTLE"), or null when the story has none.
     */
    static int[] choices(List<Toponym> ofMention, Toponym dateline, double minScore) {
        int[] chosen = new int[ofMention.size()];
        Arrays.fill(chosen, -1);
        String division = division(dateline, minScore);
        if (division == null) {
            return chosen;
        }
        for (int i = 0; i < ofMention.size(); i++) {
            Toponym t = ofMention.get(i);
            int best = t.best();
            if (best < 0 || division.equals(DocumentFocus.divisionOf(t.candidate(best)))) {
                continue;
            }
            for (int c = 0; c < t.score.length; c++) {
                Candidate candidate = t.candidate(c);
                if ("ADM1".equals(candidate.featureCode()) && candidate.match() == MatchKind.EXACT
                        && division.equals(DocumentFocus.divisionOf(candidate))) {
                    chosen[i] = c;
                    break;
                }
            }
        }
        return chosen;
    }

    /** The division the dateline's place lies in, where it resolved well enough; else null. */
    private static String division(Toponym dateline, double minScore) {
        if (dateline == null) {
            return null;
        }
        int best = dateline.best();
        return best < 0 || dateline.score[best] < minScore ? null : DocumentFocus.divisionOf(dateline.candidate(best));
    }
}
