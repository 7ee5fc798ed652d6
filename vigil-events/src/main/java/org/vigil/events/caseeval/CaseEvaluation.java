package org.vigil.events.caseeval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.vigil.model.Event;

/**
 * Scores an event coder on CASE 2021 task 2: each snippet is coded, its events and cue words are mapped to one of
 * the task's event types by {@code rules.tsv}, and the types are scored against the gold labels for each subtask.
 * A snippet the coder finds no event in is typed by the cue-word rules, and failing those by the default rule (see
 * {@code rules.tsv}). Immutable.
 */
public final class CaseEvaluation {

    private final CaseLabels labels;
    private final CueLexicon cues;
    private final TypeRules rules;

    private CaseEvaluation(CaseLabels labels, CueLexicon cues, TypeRules rules) {
        this.labels = labels;
        this.cues = cues;
        this.rules = rules;
    }

    /** The evaluation with the shipped labels, cues and rules. */
    public static CaseEvaluation load() {
        CaseLabels labels = CaseLabels.load();
        CueLexicon cues = CueLexicon.load();
        return new CaseEvaluation(labels, cues, TypeRules.load(labels, cues));
    }

    /**
     * Codes every snippet once and scores each subtask on the snippets whose gold label is among its types.
     *
     * @param coder snippet text to the events coded in it; negated and hypothetical events are left out here
     * @throws IllegalArgumentException if a snippet's gold label is not a label of the task
     */
    public Map<Subtask, Report> evaluate(List<CaseSnippet> snippets, Function<String, List<Event>> coder) {
        Set<String> unknown = new TreeSet<>();
        snippets.stream().map(CaseSnippet::label).filter(l -> !labels.contains(l)).forEach(unknown::add);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("gold labels the task does not have: " + unknown);
        }
        List<List<Event>> coded = snippets.stream().map(s -> asserted(coder.apply(s.text()))).toList();
        List<Map<String, Integer>> cued = snippets.stream().map(s -> cues.find(s.text())).toList();
        Map<Subtask, Report> reports = new EnumMap<>(Subtask.class);
        for (Subtask subtask : Subtask.values()) {
            Set<String> allowed = labels.of(subtask);
            List<Prediction> predictions = new ArrayList<>();
            for (int i = 0; i < snippets.size(); i++) {
                CaseSnippet s = snippets.get(i);
                if (allowed.contains(s.label())) {
                    TypeRule rule = rules.decide(coded.get(i), cued.get(i), allowed);
                    predictions.add(new Prediction(s.id(), s.label(), rule.label(), rule.basis(),
                            rule.where() + rule.why()));
                }
            }
            reports.put(subtask, Scorer.score(subtask, predictions, allowed));
        }
        return reports;
    }

    /** The type of one snippet, given the events coded in it, among the types of a subtask. */
    public String classify(String text, List<Event> events, Subtask subtask) {
        return rules.decide(asserted(events), cues.find(text), labels.of(subtask)).label();
    }

    /** The events the text states as real: what did not or only might happen says nothing of its type. */
    private static List<Event> asserted(List<Event> events) {
        return events.stream().filter(e -> !e.negated() && !e.hypothetical()).toList();
    }
}
