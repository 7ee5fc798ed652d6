package org.vigil.model;

/**
 * A named entity or value found by the recogniser: a person, organisation, place, date, number, ...
 *
 * @param text       the words as written
 * @param type       PERSON, ORGANIZATION, LOCATION, MISC, DATE, TIME, DURATION, NUMBER, ...
 * @param span       where it stands in the article text
 * @param tokens     the words it covers
 * @param normalized normalised value for dates and numbers, or null
 */
public record EntityMention(String text, String type, Span span, TokenRange tokens, String normalized) {
}
