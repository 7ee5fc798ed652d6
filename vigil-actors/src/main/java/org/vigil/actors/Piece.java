package org.vigil.actors;

/**
 * A run of words in a phrase that the lexicon knows, with the reading chosen for it.
 *
 * @param first    first token
 * @param last     last token (inclusive)
 * @param text     the words as written, or for an elided piece the name they make
 * @param reading  the reading chosen, in the article's context, among those the lexicon gave
 * @param elided   a word read through the name after it: "North" as "North Korea" in "North and South Korea"
 */
record Piece(int first, int last, String text, Reading reading, boolean elided) {

    boolean covers(int token) {
        return first <= token && token <= last;
    }

    Reading.Kind kind() {
        return reading.kind();
    }
}
