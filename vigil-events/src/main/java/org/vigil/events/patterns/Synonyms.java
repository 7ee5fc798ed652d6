package org.vigil.events.patterns;

import java.util.List;

/** Where the dictionary finds synonyms for the patterns marked for them. */
public interface Synonyms {
    /**
     * The synonyms of a lemma in its first {@code senses} senses, each as its words ("pull back" as [pull, back]),
     * the lemma itself included or not.
     */
    List<List<String>> of(WordClass wordClass, String lemma, int senses);

    /**
     * The kinds of a noun in its first sense, as lemmas of one or two words: its synonyms and their hyponyms, down
     * to {@code depth} levels ("soldier" gives "paratrooper" and "marine"), each only where its own most frequent
     * sense is among them. Empty where they would be more than {@code most}: a word that general names no one kind.
     */
    default List<String> kinds(String noun, int depth, int most) {
        return List.of();
    }

    /** No synonyms at all: the written patterns only. */
    Synonyms NONE = (wordClass, lemma, senses) -> List.of();
}
