package org.vigil.events;

import org.vigil.model.Actor;

/**
 * What the text asserts about an event it mentions.
 *
 * @param negated      the text says it did not happen
 * @param hypothetical it may, would or could happen, is tried, hoped for or conditional
 * @param promised     the only doubt is a will/would of the speaker about its own act, which makes the report a
 *                     statement of intent
 * @param required     the only doubt is a must/should: what someone says another must do is a demand on it
 * @param refused      a will/would of the speaker not to act, and no other doubt: "said it would not withdraw"
 *                     is a refusal to withdraw
 * @param attributedTo who says so, where the report attributes it, else null
 */
record Stance(boolean negated, boolean hypothetical, boolean promised, boolean required, boolean refused,
              Actor attributedTo) {
}
