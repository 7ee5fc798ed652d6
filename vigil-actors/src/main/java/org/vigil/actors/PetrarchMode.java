package org.vigil.actors;

import java.util.List;
import java.util.Locale;

/** How PETRARCH dictionaries join Vigil's own knowledge. */
public enum PetrarchMode {
    /** Vigil's knowledge first; the dictionaries answer for the names it does not know. */
    ADD,
    /** The dictionaries alone. */
    REPLACE;

    /** The lexicon this mode makes of Vigil's knowledge and the dictionaries. */
    public ActorLexicon combine(ActorLexicon vigil, PetrarchLexicon petrarch) {
        return this == ADD ? new FallbackLexicon(List.of(vigil, petrarch)) : petrarch;
    }

    /** "add" or "replace", in any case, as a command line gives it. */
    public static PetrarchMode parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("PETRARCH mode must be add or replace, not '" + text + "'", e);
        }
    }
}
