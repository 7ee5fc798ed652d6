package org.vigil.events.caseeval;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.vigil.model.Event;

/**
 * One row of {@code rules.tsv}.
 *
 * @param label    the event type it gives
 * @param events   what the snippet's events must include, or null for nothing
 * @param patterns the event patterns of {@code events}, by the atom that writes them
 * @param cues     what cues the snippet's text must hold, or null for nothing
 * @param why      the reason for the rule
 * @param where    file and line, for messages
 */
record TypeRule(String label, Condition events, Map<String, EventPattern> patterns, Condition cues, String why,
                String where) {

    TypeRule {
        Objects.requireNonNull(label, "label");
        patterns = Map.copyOf(patterns);
    }

    Basis basis() {
        if (events != null) {
            return Basis.EVENTS;
        }
        return cues != null ? Basis.CUES : Basis.DEFAULT;
    }

    boolean holds(List<Event> found, Map<String, Integer> cuesFound) {
        return (events == null || events.test(atom -> found.stream().anyMatch(patterns.get(atom)::matches)))
                && (cues == null || cues.test(atom -> cueHolds(atom, cuesFound)));
    }

    /** "a" holds when cue a is present; "a<b" when a is, and b is absent or comes after it. */
    private static boolean cueHolds(String atom, Map<String, Integer> found) {
        int before = atom.indexOf('<');
        if (before < 0) {
            return found.containsKey(atom);
        }
        Integer first = found.get(atom.substring(0, before));
        Integer second = found.get(atom.substring(before + 1));
        return first != null && (second == null || first < second);
    }
}
