package org.vigil.actors;

import java.time.LocalDate;
import java.util.List;

/**
 * Lexicons stacked in order of trust: the first that knows a phrase answers for it. PETRARCH dictionaries "added"
 * to Vigil's knowledge sit behind it, so that Vigil's dated, hand-checked entries win where both know a name and the
 * dictionaries fill in the names Vigil lacks.
 */
public final class FallbackLexicon implements ActorLexicon {

    private final List<ActorLexicon> lexicons;
    private final int longest;

    public FallbackLexicon(List<ActorLexicon> lexicons) {
        if (lexicons.isEmpty()) {
            throw new IllegalArgumentException("no lexicon to fall back on");
        }
        this.lexicons = List.copyOf(lexicons);
        this.longest = this.lexicons.stream().mapToInt(ActorLexicon::longestName).max().orElse(1);
    }

    @Override
    public List<Reading> readings(String phrase, LocalDate date) {
        for (ActorLexicon l : lexicons) {
            List<Reading> found = l.readings(phrase, date);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    @Override
    public int longestName() {
        return longest;
    }
}
