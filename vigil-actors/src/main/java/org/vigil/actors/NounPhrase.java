package org.vigil.actors;

import java.util.List;
import org.vigil.model.TokenRange;

/**
 * A noun phrase that may name an actor, with the parts of it that say who.
 *
 * @param range        the whole phrase and its head ("the NATO peacekeeping force in Kosovo, known as KFOR", head
 *                     "force")
 * @param naming       the tokens whose words say who it is, in order: the modifiers before the head, the head, and an
 *                     "of" phrase after it ("the president of Serbia"); not "in Kosovo", which says where
 * @param namedAs      the head of the name a naming clause gives it ("known as KFOR"), or -1
 * @param linked       heads of phrases in apposition with it ("Peskov, the Kremlin spokesman"), either way round
 * @param place        true when a place preposition governs it ("in Belgrade")
 * @param modifier     true when it modifies another noun ("Kosovo" in "Kosovo's government")
 * @param owner        true when it modifies another noun as its possessor ("the rebels" in "the rebels' demands")
 */
record NounPhrase(TokenRange range, List<Integer> naming, int namedAs, List<Integer> linked, boolean place,
                  boolean modifier, boolean owner) {

    NounPhrase {
        naming = List.copyOf(naming);
        linked = List.copyOf(linked);
    }

    int head() {
        return range.head();
    }

    /** The same phrase read as a place. */
    NounPhrase asPlace() {
        return new NounPhrase(range, naming, namedAs, linked, true, modifier, owner);
    }
}
