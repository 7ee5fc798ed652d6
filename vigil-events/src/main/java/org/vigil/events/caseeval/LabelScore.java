package org.vigil.events.caseeval;

/**
 * How well one label was predicted.
 *
 * @param label     the event type
 * @param precision share of the snippets predicted as it that are it; 0 when none were predicted
 * @param recall    share of the snippets that are it that were predicted as it; 0 when there are none
 * @param f1        harmonic mean of the two; 0 when both are
 * @param gold      how many snippets are it
 * @param predicted how many were predicted as it
 */
public record LabelScore(String label, double precision, double recall, double f1, int gold, int predicted) {
}
