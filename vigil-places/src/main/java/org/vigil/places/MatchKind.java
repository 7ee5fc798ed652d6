package org.vigil.places;

/** How a looked-up name met a place, best first. */
public enum MatchKind {
    /** The place's preferred name, letter for letter (case aside). */
    EXACT,
    /** The preferred name once accents, dots and dashes are folded away ("Mitrovice", "Sao Paulo"). */
    FOLDED,
    /** One of its other names: a translation, another script, an official, short or former name. */
    ALTERNATE,
    /** One of its other names once folded ("U.S." for the alternate name "US"). */
    ALTERNATE_FOLDED,
    /** An adjective for its people or things ("Serbian" for Serbia). */
    DEMONYM;

    /** The place's own preferred name, folded or not. */
    public boolean isPreferredName() {
        return this == EXACT || this == FOLDED;
    }

    /** One of the place's other names, folded or not: a former, short or foreign one. */
    public boolean isOtherName() {
        return this == ALTERNATE || this == ALTERNATE_FOLDED;
    }
}
