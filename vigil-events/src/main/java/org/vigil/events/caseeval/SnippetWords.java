package org.vigil.events.caseeval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A snippet's words, lower case, hyphenated words kept whole: "rebel-held" is no arrest, and "cease-fire" must be
 * listed as such beside "ceasefire". Each word keeps its character offset, so that cues can be ordered.
 */
final class SnippetWords {

    static final Pattern WORD = Pattern.compile("[a-z0-9]+(?:[-'][a-z0-9]+)*");

    private final List<String> words = new ArrayList<>();
    private final List<Integer> offsets = new ArrayList<>();

    SnippetWords(String text) {
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
            offsets.add(m.start());
        }
    }

    /** The character offset where the phrase first occurs, or -1. */
    int find(Phrase phrase) {
        int at = phrase.find(words);
        return at < 0 ? -1 : offsets.get(at);
    }
}
