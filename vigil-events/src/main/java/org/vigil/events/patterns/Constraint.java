package org.vigil.events.patterns;

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
 */
public record Constraint(String relation, Set<String> lemmas, boolean absent, boolean people) {
    public Constraint {
        lemmas = Set.copyOf(lemmas);
    }

    public Constraint(String relation, Set<String> lemmas, boolean absent) {
        this(relation, lemmas, absent, false);
    }
}
