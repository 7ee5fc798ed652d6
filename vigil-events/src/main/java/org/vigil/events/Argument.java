package org.vigil.events;

import org.vigil.model.Actor;
import org.vigil.model.TokenRange;

/**
 * The coded actor an argument of a predicate names, and how the coder got to it.
 *
 * @param actor  the coded actor
 * @param tokens the words that name it: the actor mention, wherever in the document it stands; null where no
 *               words do (an implied addressee)
 * @param way    how the argument led to it
 */
record Argument(Actor actor, TokenRange tokens, Way way) {

    enum Way {
        /** An actor mention covers the argument itself. */
        DIRECT,
        /** The argument is a pronoun or short name whose coreference chain holds a coded mention. */
        COREFERENCE,
        /** A first-person pronoun inside a quotation, standing for the quote's speaker. */
        SPEAKER,
        /** The argument names no actor but its possessor or modifier does: "Serbia's mobilisation". */
        MODIFIER,
        /**
         * The act names no target of its own, and the actor is the nearest one its clause names: "voiced concern
         * over the fighting in Sudan", as coders take the clause's other party for the target.
         */
        CLAUSE,
        /**
         * The argument names only a sector, and the state is where the act happened: "protesters marched in
         * Chicago" are American, as coders read them.
         */
        PLACED,
        /**
         * The argument names only a state's civil body by its role, in a claim that state makes: "the White House
         * said the president would meet" is the US president.
         */
        CLAIMANT,
        /**
         * The argument names only a sector, and the other party is a state or its civil body: "Kenyan police
         * arrested three activists" are Kenyan activists, an act within one state, as coders read it.
         */
        DOMESTIC,
        /**
         * No words name it: dissent by a state's own people that names no one it is against is addressed to their
         * government, and a state's measure that names no one it falls on falls on that state, as coders read them.
         */
        ADDRESSEE
    }

    boolean indirect() {
        return way != Way.DIRECT;
    }

    /** What the event's rule says of how this argument, in the given role, was found; empty when it is plain. */
    String note(String role) {
        return switch (way) {
            case CLAUSE -> "; " + role + ": the nearest actor its clause names";
            case PLACED -> "; " + role + ": its state from where the act happened";
            case CLAIMANT -> "; " + role + ": its state from the speaker";
            case DOMESTIC -> "; " + role + ": its state from the other party's";
            case ADDRESSEE -> "; " + role + (actor.sector() == null ? ": the state where the measure is taken"
                    : ": the protesters' own government") + ", as it names no other";
            default -> "";
        };
    }
}
