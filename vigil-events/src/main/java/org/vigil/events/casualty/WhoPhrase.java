package org.vigil.events.casualty;

import java.util.HashSet;
import java.util.Set;

/**
 * The words that say who a toll counted: the head noun with the nouns compounded onto it ("police officer", "aid
 * workers", "Hamas commander"), without numbers, articles or adjectives. Nationality and side are the actor's to
 * code; "Serb gunmen" and "gunmen" are the same people counted.
 */
final class WhoPhrase {

    private final Amounts amounts;

    WhoPhrase(Amounts amounts) {
        this.amounts = amounts;
    }

    String of(Graph g, int head, String articleText) {
        return articleText.substring(g.token(start(g, head)).span().start(), g.token(head).span().end());
    }

    /** First word of the phrase, for the toll's span. */
    int start(Graph g, int head) {
        Set<Integer> words = new HashSet<>();
        collect(g, head, words);
        int first = head;
        while (words.contains(first - 1)) {
            first--;
        }
        return first;
    }

    private void collect(Graph g, int node, Set<Integer> words) {
        words.add(node);
        for (int c : g.children(node, "compound")) {
            if (amounts.of(g.token(c)).isEmpty() && !words.contains(c)) {
                collect(g, c, words);
            }
        }
    }
}
