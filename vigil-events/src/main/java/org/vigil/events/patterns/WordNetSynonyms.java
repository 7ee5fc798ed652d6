package org.vigil.events.patterns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Synonyms from WordNet 3.1 as extJWNL ships it. Opening the dictionary costs a few seconds, so the pattern
 * dictionary asks all its questions at load time and keeps the answers as patterns.
 */
public final class WordNetSynonyms implements Synonyms, AutoCloseable {
    private final Dictionary wordnet;

    public WordNetSynonyms() {
        try {
            this.wordnet = Dictionary.getDefaultResourceInstance();
        } catch (JWNLException e) {
            throw new IllegalStateException("cannot open WordNet", e);
        }
    }

    @Override
    public List<List<String>> of(WordClass wordClass, String lemma, int senses) {
        POS pos = switch (wordClass) {
            case VERB -> POS.VERB;
            case NOUN -> POS.NOUN;
            case ADJECTIVE -> POS.ADJECTIVE;
        };
        List<List<String>> out = new ArrayList<>();
        try {
            IndexWord word = wordnet.getIndexWord(pos, lemma);
            if (word == null) {
                return out;
            }
            List<Synset> synsets = word.getSenses();
            for (Synset s : synsets.subList(0, Math.min(senses, synsets.size()))) {
                for (Word w : s.getWords()) {
                    List<String> words = List.of(w.getLemma().toLowerCase(Locale.ROOT).split("[ _]"));
                    if (!out.contains(words)) {
                        out.add(words);
                    }
                }
            }
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup failed for " + lemma, e);
        }
        return out;
    }

    @Override
    public void close() {
        try {
            wordnet.close();
        } catch (JWNLException e) {
            throw new IllegalStateException("cannot close WordNet", e);
        }
    }
}
