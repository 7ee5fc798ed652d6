package org.vigil.actors;

import java.util.List;

/**
 * A run of words in a phrase that the lexicon knows, with the reading chosen for it.
 *
 * @param first    first token
 * @param last     last token (inclusive)
 * @param text     the words as written
 * @param reading  the reading chosen, in the article's context, among the alternatives
 * @param readings every reading the lexicon gave, best first
 */
record Piece(int first, int last, String text, Reading reading, List<Reading> readings) {

    Piece {
        readings = List.copyOf(readings);
    }

    boolean covers(int token) {
        return first <= token && token <= last;
    }

    Reading.Kind kind() {
        return reading.kind();
    }
}
