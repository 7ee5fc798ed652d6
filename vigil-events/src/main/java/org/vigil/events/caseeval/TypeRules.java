package org.vigil.events.caseeval;

import org.vigil.events.TsvTable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vigil.model.Event;

/**
 * The decision list of {@code rules.tsv}: CAMEO codes, actor sectors and cue words to CASE event types, first
 * rule that holds wins.
 */
final class TypeRules {

    static final String RESOURCE = "rules.tsv";
    static final String HEADER = "label\tevents\tcues\twhy";
    private static final String NONE = "-";

    private final List<TypeRule> rules;

    private TypeRules(List<TypeRule> rules) {
        this.rules = List.copyOf(rules);
    }

    static TypeRules load(CaseLabels labels, CueLexicon cues) {
        return of(TsvTable.load(TypeRules.class, RESOURCE, HEADER), labels, cues);
    }

    static TypeRules parse(Reader reader, String source, CaseLabels labels, CueLexicon cues) throws IOException {
        return of(TsvTable.parse(reader, source, HEADER), labels, cues);
    }

    /**
     * @throws IllegalStateException naming the file and line of an unknown label or cue, a malformed condition,
     *                               or a list whose last rule does not always hold
     */
    private static TypeRules of(List<TsvTable.Row> rows, CaseLabels labels, CueLexicon cues) {
        List<TypeRule> rules = new ArrayList<>();
        for (TsvTable.Row row : rows) {
            rules.add(rule(row, labels, cues));
        }
        if (rules.isEmpty() || rules.get(rules.size() - 1).basis() != Basis.DEFAULT) {
            throw new IllegalStateException(RESOURCE + ": the last rule must hold always (events and cues both -), "
                    + "so that every snippet gets a type");
        }
        return new TypeRules(rules);
    }

    private static TypeRule rule(TsvTable.Row row, CaseLabels labels, CueLexicon cues) {
        String label = row.cell(0);
        if (!labels.contains(label)) {
            throw row.error("not a label of " + CaseLabels.RESOURCE + ": " + label);
        }
        try {
            Condition events = row.cell(1).equals(NONE) ? null : Condition.parse(row.cell(1));
            Map<String, EventPattern> patterns = new HashMap<>();
            if (events != null) {
                events.atoms().forEach(a -> patterns.put(a, EventPattern.parse(a)));
            }
            Condition cueCondition = row.cell(2).equals(NONE) ? null : Condition.parse(row.cell(2));
            if (cueCondition != null) {
                cueCondition.atoms().flatMap(a -> List.of(a.split("<", -1)).stream())
                        .filter(name -> !cues.names().contains(name)).findFirst().ifPresent(name -> {
                            throw new IllegalArgumentException("not a cue of " + CueLexicon.RESOURCE + ": " + name);
                        });
            }
            return new TypeRule(label, events, patterns, cueCondition, row.cell(3), row.where());
        } catch (IllegalArgumentException e) {
            throw row.error(e.getMessage());
        }
    }

    List<TypeRule> all() {
        return rules;
    }

    /**
     * The first rule that holds and gives one of the allowed labels. Rules for other labels are passed over, so a
     * subtask's systems choose only among its types.
     */
    TypeRule decide(List<Event> events, Map<String, Integer> cues, Set<String> allowed) {
        for (TypeRule r : rules) {
            if (allowed.contains(r.label()) && r.holds(events, cues)) {
                return r;
            }
        }
        throw new IllegalStateException("no rule gives one of " + allowed + "; the default rule's label is not among"
                + " them");
    }
}
