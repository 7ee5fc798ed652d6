package org.vigil.model;

/**
 * A date or time as written, with its value resolved against the article's publication date.
 *
 * @param text     the words as written ("On Wednesday" gives "Wednesday")
 * @param type     DATE, TIME, DURATION or SET
 * @param value    ISO 8601 value as precise as the text allows ("2023-09-27", "2008", "P3M")
 * @param span     where it stands in the article text
 * @param sentence index of its sentence
 */
public record TimeExpression(String text, String type, String value, Span span, int sentence) {
}
