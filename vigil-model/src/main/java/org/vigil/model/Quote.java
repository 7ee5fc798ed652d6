package org.vigil.model;

/**
 * Direct speech and who said it, as the language layer finds them.
 *
 * @param text    the quoted words, with their quotation marks
 * @param span    where they stand in the article text
 * @param sentence index of the sentence the quote opens in
 * @param speaker the mention that names the speaker in the text ("Kirby", "he"), or null when none was found
 * @param canonicalSpeaker the speaker's fullest name once pronouns and short names are resolved, or null
 */
public record Quote(String text, Span span, int sentence, Mention speaker, String canonicalSpeaker) {
}
