package org.vigil.places;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names listed together are of one kind: in "states such as California or Washington" the second is the state,
 * not the capital its name alone would be; in "Georgia and Armenia" the first is the country. A mention whose
 * list partner resolved to a first-level division or a country is read as a place of that kind too, when it has
 * one good enough (a division in the partner's country).
 */
final class Coordination {
    /** What stands between two listed names: a comma, "and", "or", or a comma and either. */
    private static final Pattern JOINER = Pattern.compile(",\\s*|\\s+(?:and|or)\\s+|,\\s+(?:and|or)\\s+");
    /** The kinds of place a list holds alike. */
    private static final Set<String> KINDS = Set.of("ADM1", "PCLI");

    private Coordination() {
    }

    /**
     * For each mention, the index of the candidate its list partner's kind asks for, or -1 to keep its best.
     * {@code text} is the article's text the spans index; without it nothing is changed.
     */
    static int[] kinds(List<PlaceMention> mentions, List<Toponym> ofMention, String text, double minScore) {
        int[] chosen = new int[mentions.size()];
        Arrays.fill(chosen, -1);
        if (text == null) {
            return chosen;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            if (mentions.get(i).span() != null && !mentions.get(i).demonym()) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingInt(i -> mentions.get(i).span().start()));
        for (int k = 0; k + 1 < order.size(); k++) {
            int first = order.get(k);
            int second = order.get(k + 1);
            if (!listed(mentions.get(first), mentions.get(second), text)) {
                continue;
            }
            choose(chosen, first, ofMention.get(first), ofMention.get(second), minScore);
            choose(chosen, second, ofMention.get(second), ofMention.get(first), minScore);
        }
        return chosen;
    }

    /** Whether the two mentions stand in one list in {@code text}: "Georgia and Armenia", "Ohio, Texas". */
    static boolean listed(PlaceMention first, PlaceMention second, String text) {
        return PlaceMention.joinedBy(first, second, text, JOINER);
    }

    private static void choose(int[] chosen, int i, Toponym self, Toponym partner, double minScore) {
        int selfBest = self.best();
        int partnerBest = partner.best();
        if (selfBest < 0 || partnerBest < 0 || partner.score[partnerBest] < minScore) {
            return;
        }
        Candidate kind = partner.candidate(partnerBest);
        if (!KINDS.contains(kind.featureCode()) || kind.featureCode().equals(self.candidate(selfBest).featureCode())) {
            return;
        }
        for (int c = 0; c < self.score.length; c++) {
            Candidate candidate = self.candidate(c);
            boolean sameKind = candidate.featureCode().equals(kind.featureCode())
                    && ("PCLI".equals(kind.featureCode()) || candidate.countryIso2().equals(kind.countryIso2()));
            if (sameKind && self.score[c] >= minScore) {
                chosen[i] = c;
                return;
            }
        }
    }
}
