package org.vigil.events.patterns;

/** The part of speech a trigger's head must have: the same lemma means different things as verb and noun. */
public enum WordClass {
    VERB, NOUN, ADJECTIVE;

    /** Whether a Penn Treebank tag belongs to this class. Past participles count as adjectives ("concerned"). */
    public boolean admits(String pos) {
        return switch (this) {
            case VERB -> pos.startsWith("VB");
            case NOUN -> pos.startsWith("NN");
            case ADJECTIVE -> pos.startsWith("JJ") || pos.equals("VBN");
        };
    }
}
