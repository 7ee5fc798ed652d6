package org.vigil.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A word of a sentence.
 *
 * @param index      position in its sentence, from 0
 * @param text       the word as written
 * @param span       where it stands in the article text
 * @param lemma      dictionary form
 * @param pos        Penn Treebank part-of-speech tag
 * @param ner        named-entity class (PERSON, ORGANIZATION, LOCATION, MISC, DATE, NUMBER, ...) or "O"
 * @param normalized normalised value for dates, times and numbers ("2023-09-27", "3.0"), or null
 */
public record Token(int index, String text, Span span, String lemma, String pos, String ner, String normalized) {
    @JsonIgnore
    public boolean isEntity() {
        return !"O".equals(ner);
    }
}
