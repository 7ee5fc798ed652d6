package org.vigil.places;

import java.util.List;

/**
 * A mention's words read as a place name (see {@link MentionReader}) with the places they may name and each
 * one's score before any document context, best first.
 */
record Interpretation(MentionReader.Reading reading, List<Scored> candidates) {

    /** A candidate and its context-free score. */
    record Scored(Candidate candidate, double prior) {
    }

    Interpretation {
        candidates = List.copyOf(candidates);
    }

    static Interpretation none(MentionReader.Reading reading) {
        return new Interpretation(reading, List.of());
    }
}
