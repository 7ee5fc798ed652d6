package org.vigil.model;

/**
 * A toll: how many were killed, injured, arrested, missing or displaced, and who they were.
 *
 * @param kind  killed, injured, arrested, missing or displaced
 * @param count how many; a lower bound where the text gives one ("at least 20")
 * @param who   the words that say who they were ("police officer", "gunmen")
 * @param actor the coded actor they belong to, or null
 * @param span  where the toll is stated
 */
public record Casualty(String kind, int count, String who, Actor actor, Span span) {
}
