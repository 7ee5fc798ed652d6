package org.vigil.store;

import org.vigil.model.Span;

/**
 * One article's evidence for an event.
 *
 * @param articleId  the article
 * @param sentence   index of the sentence in that article
 * @param span       where the evidence stands in the article's text, or null
 * @param text       the sentence
 * @param rule       the pattern or model that found it
 * @param confidence 0..1
 */
public record Evidence(String articleId, int sentence, Span span, String text, String rule, double confidence) {
}
