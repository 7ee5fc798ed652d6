package org.vigil.events.caseeval;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A cue phrase: words to find in a row, each exact, a prefix ("shell*") or any one word ("*").
 *
 * @param words the phrase's words, lower case
 */
record Phrase(List<String> words) {

    /** What a phrase word may be: a word as {@link SnippetWords} reads them, maybe ending in *, or * alone. */
    private static final Pattern WORD = Pattern.compile("\\*|[a-z0-9]+(?:[-'][a-z0-9]+)*\\*?");

    Phrase {
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("empty phrase");
        }
        for (String w : words) {
            if (!WORD.matcher(w).matches()) {
                throw new IllegalArgumentException("not a phrase word: '" + w + "'");
            }
        }
        if (words.get(0).equals("*") || words.get(words.size() - 1).equals("*")) {
            throw new IllegalArgumentException("a phrase cannot begin or end with a lone *: "
                    + String.join(" ", words));
        }
    }

    static Phrase of(String text) {
        return new Phrase(List.of(text.trim().split(" +")));
    }

    /** The index of the first word where the phrase starts in these words, or -1. */
    int find(List<String> text) {
        for (int i = 0; i + words.size() <= text.size(); i++) {
            if (matchesAt(text, i)) {
                return i;
            }
        }
        return -1;
    }

    private boolean matchesAt(List<String> text, int start) {
        for (int j = 0; j < words.size(); j++) {
            String want = words.get(j);
            String have = text.get(start + j);
            boolean ok = want.equals("*")
                    || (want.endsWith("*") ? have.startsWith(want.substring(0, want.length() - 1)) : have.equals(want));
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
