/**
 * Who every actor mention of a report is.
 *
 * <p><b>Knowledge.</b> {@link org.vigil.actors.ActorKnowledge} reads Vigil's files (countries with their adjectives,
 * demonyms and seats of power; organisations with parents and sectors; role words; dated offices). The resolver asks
 * it through {@link org.vigil.actors.ActorLexicon}, which PETRARCH/TABARI dictionaries also answer
 * ({@link org.vigil.actors.PetrarchLexicon}, read by {@link org.vigil.actors.PetrarchActorReader} and
 * {@link org.vigil.actors.PetrarchAgentReader}, codes read by {@link org.vigil.actors.CameoCodes}), added behind
 * Vigil's knowledge or replacing it ({@link org.vigil.actors.PetrarchMode}).
 *
 * <p><b>Resolution.</b> {@link org.vigil.actors.ActorResolver} reads each sentence's noun phrases from the dependency
 * graph, splits their words into the longest runs the lexicon knows, and composes a coding: a person's office on the
 * article's date, a role word's owner, an organisation's own code. Then mentions that say too little on their own
 * take the actor they refer to, through coreference chains and surnames. Every mention carries the reason it was
 * coded so; {@link org.vigil.actors.ActorReport} prints them.
 *
 * <p><b>Decisions.</b> A state named alone ("Serbia", "the United States") codes as the state with no sector (SRB), as
 * CAMEO codes it: the report does not say which part of the state acts. A seat of power standing for a government
 * codes as that government (Belgrade: SRBGOV) unless it is a place ("in Belgrade", a dateline, "the Rome police").
 * A role word with no state or organisation keeps its sector but gets no code and counts as uncoded, and a name
 * nothing explains stays uncoded: nothing is guessed. The code is the owner (ISO3, or an international body's name in
 * capitals) followed by the sector, which is left out when it only says what kind of body the owner is (NATO, not
 * NATOIGO; NATOMIL for its forces). Followers of a person or body (resolver-words' {@code follower}: "Trump supporters",
 * "Hamas loyalists") are people of its state, coded with the state alone, never as the person or body.
 */
package org.vigil.actors;
