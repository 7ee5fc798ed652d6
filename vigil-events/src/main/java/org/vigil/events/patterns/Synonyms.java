package org.vigil.events.patterns;

import java.util.List;

/** Where the dictionary finds synonyms for the patterns marked for them. */
public interface Synonyms {
    /**
     * The synonyms of a lemma in its first {@code senses} senses, each as its words ("pull back" as [pull, back]),
     * the lemma itself included or not.
     */
    List<List<String>> of(WordClass wordClass, String lemma, int senses);

    /** No synonyms at all: the written patterns only. */
    Synonyms NONE = (wordClass, lemma, senses) -> List.of();
}
