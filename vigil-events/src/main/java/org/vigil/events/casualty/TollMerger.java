package org.vigil.events.casualty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.vigil.model.Casualty;

/**
 * Makes one record of a toll an article states more than once. Reports repeat their tolls ("the death of a
 * police officer" in the lead and again in the background) and restate them in other words ("three Serb gunmen",
 * later "three gunmen were killed"); two records are one toll when they agree on kind and count and on who, where
 * agreeing on who means the same head noun, or that one of them names no one.
 */
final class TollMerger {

    private TollMerger() {
    }

    /** Merged records in the order of each toll's first statement; of a group, the most informative stands. */
    static List<Casualty> merge(List<Casualty> found) {
        List<List<Casualty>> groups = new ArrayList<>();
        for (Casualty c : found) {
            groups.stream().filter(g -> g.stream().allMatch(o -> sameToll(o, c))).findFirst()
                    .ifPresentOrElse(g -> g.add(c), () -> groups.add(new ArrayList<>(List.of(c))));
        }
        return groups.stream().map(g -> g.stream().max(INFORMATIVE).orElseThrow()).toList();
    }

    static boolean sameToll(Casualty a, Casualty b) {
        if (!a.kind().equals(b.kind()) || a.count() != b.count()) {
            return false;
        }
        return a.who() == null || b.who() == null || headWord(a.who()).equals(headWord(b.who()));
    }

    /** A coded actor first, then a named group, then the longer name; the earliest among equals. */
    private static final Comparator<Casualty> INFORMATIVE = Comparator
            .comparing((Casualty c) -> c.actor() != null)
            .thenComparing(c -> c.who() != null)
            .thenComparingInt(c -> c.who() == null ? 0 : c.who().length())
            .thenComparingInt(c -> -c.span().start());

    private static String headWord(String who) {
        String[] words = who.trim().split("\\s+");
        return words[words.length - 1].toLowerCase(Locale.ROOT);
    }
}
