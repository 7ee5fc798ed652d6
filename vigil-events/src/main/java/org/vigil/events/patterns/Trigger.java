package org.vigil.events.patterns;

import java.util.List;

/**
 * The words that call a pattern: a head lemma and the words that must hang from it in the dependency graph, in
 * any order: a particle ("pull back"), an object or compound noun ("open fire", "air strike") or a preposition
 * ("call on").
 *
 * @param wordClass what the head must be
 * @param head      the head's lemma, lower case
 * @param words     lemmas of the further words, lower case
 */
public record Trigger(WordClass wordClass, String head, List<String> words) {
    public Trigger {
        words = List.copyOf(words);
    }

    /** As written in the pattern file, without the class prefix. */
    public String text() {
        return words.isEmpty() ? head : head + " " + String.join(" ", words);
    }
}
