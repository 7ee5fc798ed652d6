package org.vigil.places;

import java.util.regex.Pattern;
import org.vigil.model.Span;

/**
 * A toponym as found in an article, to be resolved.
 *
 * @param text      the words as written ("northern Kosovo", "Paris, Texas", "Serbian")
 * @param span      where they stand in the article text, or null
 * @param qualifier a word that narrows the place to a part of it ("northern"), when the caller has split it off;
 *                  null lets the resolver find one in the text
 * @param demonym   the caller marks the words as an adjective of a place ("Serbian" in "the Serbian border"),
 *                  which then resolves to the place itself
 */
public record PlaceMention(String text, Span span, String qualifier, boolean demonym) {
    public PlaceMention {
        text = text == null ? "" : text;
    }

    private static final MentionReader WORDS = new MentionReader();

    /** Whether a word narrows a place to a part of it ("northern"), so a caller can take it with the name. */
    public static boolean isQualifier(String word) {
        return WORDS.isQualifier(word);
    }

    /**
     * Whether only {@code words} stand between the two mentions in {@code text}, the article's text their spans
     * index: ", " in "Oulton Park, Cheshire", " and " in "Georgia and Armenia".
     */
    static boolean joinedBy(PlaceMention first, PlaceMention second, String text, Pattern words) {
        int from = first.span().end();
        int to = second.span().start();
        return from < to && to <= text.length() && words.matcher(text.substring(from, to)).matches();
    }

    public static PlaceMention of(String text, Span span) {
        return new PlaceMention(text, span, null, false);
    }

    public static PlaceMention demonym(String text, Span span) {
        return new PlaceMention(text, span, null, true);
    }
}
