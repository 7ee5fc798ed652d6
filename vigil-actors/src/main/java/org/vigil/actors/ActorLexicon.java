package org.vigil.actors;

import java.time.LocalDate;
import java.util.List;

/**
 * What the resolver asks of actor knowledge: what a run of words names on a given day. Vigil's own files
 * ({@link KnowledgeLexicon}) and PETRARCH dictionaries ({@link PetrarchLexicon}) both answer it, alone or stacked
 * ({@link FallbackLexicon}), so the resolver does not care where its knowledge comes from.
 */
public interface ActorLexicon {

    /**
     * Every reading of exactly these words, best first; empty when they name nothing. Several readings of the same
     * kind are alternatives the article's context may choose among ("Congolese": DR Congo, or the Republic of the
     * Congo once it has been mentioned).
     *
     * @param phrase the words as written in the article
     * @param date   the article's date, which decides who holds an office and which dated code applies
     */
    List<Reading> readings(String phrase, LocalDate date);

    /** The most words any name has, so that the resolver knows how far to look ahead. */
    int longestName();
}
