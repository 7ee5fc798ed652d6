package org.vigil.events.caseeval;

/**
 * The type given to one snippet.
 *
 * @param id        the snippet's identifier
 * @param gold      its gold label
 * @param predicted the label the rules gave
 * @param basis     what decided it
 * @param rule      file and line of the rule that gave it, with the rule's reason
 */
public record Prediction(String id, String gold, String predicted, Basis basis, String rule) {
    public boolean correct() {
        return gold.equals(predicted);
    }
}
