package org.vigil.events.caseeval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A rule's condition as {@code rules.tsv} writes it: terms joined by "+" must all hold; a term holds when any of
 * its "|"-joined atoms does, or, after "!", when none does. What an atom means (an event pattern, a cue) is the
 * caller's.
 *
 * @param terms the terms, in the order written
 */
record Condition(List<Term> terms) {

    /** One term: atoms of which one must hold, or with {@code negated} none may. */
    record Term(boolean negated, List<String> atoms) {
        Term {
            atoms = List.copyOf(atoms);
        }
    }

    Condition {
        terms = List.copyOf(terms);
    }

    /**
     * @throws IllegalArgumentException for an empty term or atom
     */
    static Condition parse(String text) {
        List<Term> terms = new ArrayList<>();
        for (String term : text.split("\\+", -1)) {
            boolean negated = term.startsWith("!");
            String body = negated ? term.substring(1) : term;
            List<String> atoms = List.of(body.split("\\|", -1));
            if (atoms.stream().anyMatch(String::isEmpty)) {
                throw new IllegalArgumentException("empty term or alternative in '" + text + "'");
            }
            terms.add(new Term(negated, atoms));
        }
        return new Condition(terms);
    }

    boolean test(Predicate<String> atomHolds) {
        return terms.stream().allMatch(t -> t.atoms().stream().anyMatch(atomHolds) != t.negated());
    }

    Stream<String> atoms() {
        return terms.stream().flatMap(t -> t.atoms().stream());
    }
}
