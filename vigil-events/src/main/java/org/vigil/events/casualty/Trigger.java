package org.vigil.events.casualty;

import java.util.Locale;
import java.util.Objects;

/**
 * One row of {@code triggers.tsv}: a word that states a toll, and where the people it counts stand.
 *
 * @param word      lemma or lower-case form it is matched on
 * @param part      the part of speech it must have
 * @param kind      what befell those counted; null for {@link Role#TOLL}, whose compound names it
 * @param role      where those counted stand in the dependency graph
 * @param condition what else must hold for the trigger to state a toll
 */
record Trigger(String word, Part part, CasualtyKind kind, Role role, Condition condition) {

    /**
     * A further test of a trigger.
     *
     * @param person those counted must be people by the noun's usual sense ("captured 20 fighters", not "captured
     *               the town")
     * @param many   more than one must be counted: a population flees, a suspect who fled is no displacement
     * @param word   a word that must depend on the trigger or on those counted ("shot dead"), or null
     */
    record Condition(boolean person, boolean many, String word) {
        static final Condition NONE = new Condition(false, false, null);
    }

    enum Part {
        VERB, NOUN, ADJECTIVE;

        /** Whether a Penn Treebank tag fits; adjectives take participles, the tagger's usual reading of "injured". */
        boolean admits(String pos) {
            return switch (this) {
                case VERB -> pos.startsWith("VB");
                case NOUN -> pos.startsWith("NN");
                case ADJECTIVE -> pos.startsWith("JJ") || pos.equals("VBN") || pos.equals("VBG");
            };
        }
    }

    enum Role { OBJECT, SUBJECT, STATE, OF, TOLL }

    Trigger {
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(condition, "condition");
        if ((kind == null) != (role == Role.TOLL)) {
            throw new IllegalArgumentException("a kind is required for every role but toll, whose compound gives it: "
                    + word);
        }
        if (role == Role.TOLL && part != Part.NOUN) {
            throw new IllegalArgumentException("a toll is a noun: " + word);
        }
        if ((role == Role.OF) != (part == Part.NOUN) && role != Role.TOLL) {
            throw new IllegalArgumentException("role " + role.name().toLowerCase(Locale.ROOT) + " does not fit a "
                    + part.name().toLowerCase(Locale.ROOT) + ": " + word);
        }
        if ((role == Role.STATE) != (part == Part.ADJECTIVE)) {
            throw new IllegalArgumentException("role state is for adjectives and adjectives take only it: " + word);
        }
    }
}
