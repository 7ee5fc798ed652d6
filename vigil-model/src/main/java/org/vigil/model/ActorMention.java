package org.vigil.model;

/**
 * An actor as the actor stage found it in the text: the coded actor, the words that name it (with their head, so
 * the event stage can match it to a predicate's argument) and why it was coded so.
 *
 * @param actor  the coded actor
 * @param tokens the noun phrase that names it ("Kosovo 's government", head "government")
 * @param reason the rule or dictionary entry that coded it, for explanation ("title: President + demonym Serbian")
 */
public record ActorMention(Actor actor, TokenRange tokens, String reason) {
}
