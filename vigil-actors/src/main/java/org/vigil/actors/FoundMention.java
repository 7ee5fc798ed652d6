package org.vigil.actors;

import java.util.List;
import org.vigil.model.AnnotatedDocument;
import org.vigil.model.Span;
import org.vigil.model.Token;
import org.vigil.model.TokenRange;

/**
 * A mention the resolver found, with its coding; replaced whole when a later step learns more about it.
 *
 * @param range   the phrase and its head
 * @param coding  what it is coded as, and why
 * @param person  it is a person's name or a pronoun for one
 * @param surname it is a one-word name the files know only as someone's surname, with nothing beside it
 */
record FoundMention(TokenRange range, Coding coding, boolean person, boolean surname) {

    FoundMention(TokenRange range, Coding coding, boolean person) {
        this(range, coding, person, false);
    }

    /** The same mention coded otherwise; what it is coded as no longer rests on a surname alone. */
    FoundMention with(Coding c) {
        return new FoundMention(range, c, person, false);
    }

    /** A name that codes nothing by itself: no owner, no role. */
    boolean saysNothing() {
        return person && !coding.hasOwner() && coding.sector() == null;
    }

    /** Where a phrase stands in the article's text. */
    static Span span(AnnotatedDocument doc, TokenRange r) {
        List<Token> tokens = doc.sentences().get(r.sentence()).tokens();
        return new Span(tokens.get(r.start()).span().start(), tokens.get(r.end() - 1).span().end());
    }

    /** The head word of a phrase, as written. */
    static String headText(AnnotatedDocument doc, TokenRange r) {
        return doc.sentences().get(r.sentence()).tokens().get(r.head()).text();
    }
}
