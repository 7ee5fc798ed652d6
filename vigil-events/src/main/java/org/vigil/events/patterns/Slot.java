package org.vigil.events.patterns;

import java.util.List;

/**
 * Where a pattern finds one of its arguments: the first relation, in the order written, that the predicate has
 * and that names an actor, else the first it has.
 *
 * @param relations pattern relations: subj, obj, iobj, xcomp, ccomp, poss, prt (particle), speaker (who says what the
 *                  predicate heads), or a preposition such as on or to
 * @param role      what the argument is to the event
 * @param need      how much of it must be there for the pattern to match
 */
public record Slot(List<String> relations, Role role, Need need) {
    public Slot {
        relations = List.copyOf(relations);
    }

    public enum Role {
        /** Who is acted upon. */
        TARGET,
        /** Who acts, where it is not the subject ("received aid from X"). */
        SOURCE,
        /** Two conjoined actors acting on each other ("clashes between A and B"). */
        PAIR,
        /** The embedded event of a frame. */
        EVENT
    }

    public enum Need {
        /** The argument must be in the sentence, coded or not. */
        PRESENT,
        /** The pattern matches without it. */
        OPTIONAL,
        /** The argument must be in the sentence and name a coded actor. */
        CODED
    }
}
