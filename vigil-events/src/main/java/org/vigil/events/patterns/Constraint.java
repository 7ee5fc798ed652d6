package org.vigil.events.patterns;

import java.util.HashSet;
import java.util.Set;

/**
 * A condition on a dependent of the trigger: "obj~troop|tank" wants an object whose phrase holds one of those
 * lemmas, "!xcomp" wants no open clausal complement.
 *
 * @param relation a pattern relation, as in {@link Slot}
 * @param lemmas   lemmas or two-word phrases any of which the dependent's phrase must hold; empty for any
 * @param absent   true when the pattern requires that no such dependent exists
 * @param people   true when the words name the persons' word set, so that a person the actor files name is one of
 *                 them ("handed over Mladic" as "handed over the prisoner")
 * @param admits   the lemmas the condition accepts: those written and, for a noun's condition, their WordNet kinds
 *                 ("paratrooper" where "soldier" is written)
 */
public record Constraint(String relation, Set<String> lemmas, boolean absent, boolean people, Set<String> admits) {
    /** Relations whose dependents are clauses or particles, not nouns: their words have no kinds. */
    private static final Set<String> NOT_NOUNS = Set.of("xcomp", "ccomp", "prt", "case");

    public Constraint {
        lemmas = Set.copyOf(lemmas);
        admits = Set.copyOf(admits);
    }

    public Constraint(String relation, Set<String> lemmas, boolean absent, boolean people) {
        this(relation, lemmas, absent, people, lemmas);
    }

    public Constraint(String relation, Set<String> lemmas, boolean absent) {
        this(relation, lemmas, absent, false);
    }

    /** Whether the condition asks for a noun whose written words may admit their kinds. */
    boolean onNouns() {
        return !absent && !lemmas.isEmpty() && !NOT_NOUNS.contains(relation);
    }

    /** The same condition, admitting these lemmas as well as the written ones. */
    Constraint admitting(Set<String> more) {
        Set<String> all = new HashSet<>(lemmas);
        all.addAll(more);
        return new Constraint(relation, lemmas, absent, people, all);
    }

    @Override
    public String toString() {
        return (absent ? "!" : "") + relation + "~" + lemmas;
    }
}
