package org.vigil.actors;

import java.util.Locale;
import java.util.Objects;

/**
 * A role word and the agent code it signals.
 *
 * @param term   the word or phrase, as written in sectors.tsv
 * @param sector agent code (agents.tsv)
 * @param kind   whether it heads a mention or stands before a name
 */
public record SectorTerm(String term, String sector, Kind kind) {

    /** NOUN heads a mention ("the troops"); TITLE stands before a name ("President Vucic"). */
    public enum Kind {
        NOUN, TITLE;

        static Kind parse(String s) {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        }
    }

    public SectorTerm {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(kind, "kind");
    }
}
