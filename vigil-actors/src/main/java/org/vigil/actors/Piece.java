package org.vigil.actors;

/**
 * A run of words in a phrase that the lexicon knows, with the reading chosen for it.
 *
 * @param first    first token
 * @param last     last token (inclusive)
 * @param text     the words as written
 * @param reading  the reading chosen, in the article's context, among those the lexicon gave
 */
record Piece(int first, int last, String text, Reading reading) {

    boolean covers(int token) {
        return first <= token && token <= last;
    }

    Reading.Kind kind() {
        return reading.kind();
    }
}
