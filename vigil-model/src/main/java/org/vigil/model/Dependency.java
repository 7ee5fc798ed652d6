package org.vigil.model;

/**
 * One edge of a sentence's enhanced++ Universal Dependencies graph.
 *
 * @param relation  relation name with its enhancement, e.g. {@code nsubj}, {@code obl:to}, {@code conj:and}
 * @param governor  index of the head token in the sentence, or -1 for the root
 * @param dependent index of the dependent token
 */
public record Dependency(String relation, int governor, int dependent) {
    public static final int ROOT = -1;

    /** The relation without its enhancement: {@code obl} for {@code obl:to}. */
    public String base() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }
}
