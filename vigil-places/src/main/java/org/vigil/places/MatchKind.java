package org.vigil.places;

/** How a looked-up name met a place, best first. */
public enum MatchKind {
    /** The place's preferred name, letter for letter (case aside). */
    EXACT,
    /** One of its other names: a translation, another script, an official or short form. */
    ALTERNATE,
    /** A name only once accents, dots and dashes are folded away ("Mitrovice", "U.S."). */
    FOLDED,
    /** An adjective for its people or things ("Serbian" for Serbia). */
    DEMONYM
}
