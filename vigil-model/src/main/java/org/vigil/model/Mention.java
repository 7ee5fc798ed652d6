package org.vigil.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One mention in a coreference chain.
 *
 * @param text   the words as written ("he", "Vucic", "Serbian President Aleksandar Vucic")
 * @param span   where it stands in the article text
 * @param tokens the words it covers, with its head
 * @param kind   PROPER, NOMINAL, PRONOMINAL or LIST
 * @param gender MALE, FEMALE, NEUTRAL or UNKNOWN
 * @param number SINGULAR, PLURAL or UNKNOWN
 */
public record Mention(String text, Span span, TokenRange tokens, String kind, String gender, String number) {
    @JsonIgnore
    public boolean isPronoun() {
        return "PRONOMINAL".equals(kind);
    }
}
