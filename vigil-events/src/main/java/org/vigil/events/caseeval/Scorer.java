package org.vigil.events.caseeval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Precision, recall and F1 per label, and their weighted and macro averages, as the shared task scored them. */
final class Scorer {

    private Scorer() {
    }

    /**
     * @param labels the labels the subtask's systems choose from; each gets a row and a share of the macro average
     */
    static Report score(Subtask subtask, List<Prediction> predictions, Set<String> labels) {
        Map<String, Integer> gold = new HashMap<>();
        Map<String, Integer> predicted = new HashMap<>();
        Map<String, Integer> right = new HashMap<>();
        Map<List<String>, Integer> confused = new HashMap<>();
        Map<Basis, Integer> bases = new EnumMap<>(Basis.class);
        for (Prediction p : predictions) {
            gold.merge(p.gold(), 1, Integer::sum);
            predicted.merge(p.predicted(), 1, Integer::sum);
            bases.merge(p.basis(), 1, Integer::sum);
            if (p.correct()) {
                right.merge(p.gold(), 1, Integer::sum);
            } else {
                confused.merge(List.of(p.gold(), p.predicted()), 1, Integer::sum);
            }
        }
        List<LabelScore> rows = new ArrayList<>();
        double weighted = 0;
        double macro = 0;
        for (String label : new TreeSet<>(labels)) {
            int g = gold.getOrDefault(label, 0);
            int p = predicted.getOrDefault(label, 0);
            int r = right.getOrDefault(label, 0);
            double precision = p == 0 ? 0 : (double) r / p;
            double recall = g == 0 ? 0 : (double) r / g;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            rows.add(new LabelScore(label, precision, recall, f1, g, p));
            weighted += f1 * g;
            macro += f1;
        }
        int n = predictions.size();
        List<Confusion> errors = confused.entrySet().stream()
                .map(e -> new Confusion(e.getKey().get(0), e.getKey().get(1), e.getValue()))
                .sorted(Comparator.comparingInt(Confusion::count).reversed()
                        .thenComparing(Confusion::gold).thenComparing(Confusion::predicted))
                .toList();
        int correct = right.values().stream().mapToInt(Integer::intValue).sum();
        return new Report(subtask, predictions, rows, n == 0 ? 0 : weighted / n,
                labels.isEmpty() ? 0 : macro / labels.size(), n == 0 ? 0 : (double) correct / n, bases, errors);
    }
}
