package org.vigil.events;

import java.util.List;
import org.vigil.events.patterns.EventPattern;
import org.vigil.events.patterns.Frame;

/**
 * A pattern that matched at a trigger token, with the tokens its arguments stand at. Arguments are tokens here;
 * the coder turns them into actors.
 *
 * @param pattern  the pattern
 * @param trigger  the token that triggered it
 * @param words      the further trigger words it consumed ("fire" in "open fire on")
 * @param conditions the dependents its conditions named ("talks" in "resumed talks"), part of the predicate
 * @param sources  who acts, in sentence order (several for conjoined subjects)
 * @param origin   where the sources were found
 * @param support  for a noun trigger, the light verb it is the object of ("held talks"), else -1
 * @param targets  who is acted upon, possibly none
 * @param pair     two or more conjoined actors acting on each other ("clashes between A and B"), else empty
 * @param embedded   for a frame, the event it embeds, else null
 * @param code       the CAMEO code
 * @param unrealised for a frame the table codes as its embedded event itself, the event is only planned
 *                   ("plans to deploy troops") or refused ("refused to attack"), and carries the embedded code
 */
record Match(EventPattern pattern, int trigger, List<Integer> words, List<Integer> conditions, List<Integer> sources,
             Origin origin,
             int support, List<Integer> targets, List<Integer> pair, Match embedded, String code,
             boolean unrealised) {

    enum Origin {
        /** The clause's own subject, or the agent of a passive. */
        SUBJECT,
        /** A pattern slot other than the subject ("received aid from X"). */
        SLOT,
        /** The subject of the clause a participle or infinitive hangs from ("..., urging him to"). */
        CONTROLLER,
        /** The possessor or a modifier of a noun trigger ("Serbia's mobilisation"). */
        POSSESSOR,
        /** The subject of the light verb a noun trigger is the object of ("Serbia held talks"). */
        LIGHT_VERB,
        /** None found. */
        NONE
    }

    /**
     * The innermost code a frame embeds: what an appeal asks for, not the appeal. An investigation or accusation
     * is an act of its own, which the frames around it embed: "promised to investigate the killings" promises an
     * investigation, not killings.
     */
    String embeddedCode() {
        if (pattern.frame() == null || pattern.frame() == Frame.INVESTIGATE || pattern.frame() == Frame.ACCUSE) {
            return code;
        }
        return embedded == null ? null : embedded.embeddedCode();
    }

    /** Every token this match uses as its predicate, itself and its embedded events included. */
    void collectTriggers(List<Integer> into) {
        into.add(trigger);
        into.addAll(words);
        into.addAll(conditions);
        if (embedded != null) {
            embedded.collectTriggers(into);
        }
    }
}
