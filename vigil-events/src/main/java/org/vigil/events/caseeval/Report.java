package org.vigil.events.caseeval;

import java.util.List;
import java.util.Map;

/**
 * The scores of one subtask.
 *
 * @param subtask     which subtask
 * @param predictions one per snippet whose gold label is in the subtask, in the set's order
 * @param labels      per label, in label order
 * @param weightedF1  F1 averaged over labels weighted by their gold counts, the task's headline measure
 * @param macroF1     F1 averaged over labels unweighted
 * @param accuracy    share of snippets right, which for one label per snippet is micro F1
 * @param bases       how many snippets each basis decided
 * @param errors      the kinds of error, most frequent first
 */
public record Report(Subtask subtask, List<Prediction> predictions, List<LabelScore> labels, double weightedF1,
                     double macroF1, double accuracy, Map<Basis, Integer> bases, List<Confusion> errors) {
    public Report {
        predictions = List.copyOf(predictions);
        labels = List.copyOf(labels);
        bases = Map.copyOf(bases);
        errors = List.copyOf(errors);
    }
}
