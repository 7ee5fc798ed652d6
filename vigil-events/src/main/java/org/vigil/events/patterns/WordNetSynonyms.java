package org.vigil.events.patterns;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
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
    public List<String> kinds(String noun, int depth, int most) {
        try {
            IndexWord word = wordnet.getIndexWord(POS.NOUN, noun);
            if (word == null || word.getSenses().isEmpty()) {
                return List.of();
            }
            Set<Long> offsets = new HashSet<>();
            List<Synset> closure = new ArrayList<>();
            List<Synset> level = List.of(word.getSenses().get(0));
            for (int d = 0; d <= depth && !level.isEmpty(); d++) {
                List<Synset> next = new ArrayList<>();
                for (Synset s : level) {
                    if (offsets.add(s.getOffset())) {
                        closure.add(s);
                        for (Pointer h : s.getPointers(PointerType.HYPONYM)) {
                            next.add(h.getTargetSynset());
                        }
                    }
                }
                level = next;
            }
            Set<String> out = new LinkedHashSet<>();
            for (Synset s : closure) {
                for (Word w : s.getWords()) {
                    if (!w.getLemma().equals(w.getLemma().toLowerCase(Locale.ROOT))) {
                        continue; // a name (Kissinger), not a kind
                    }
                    String lemma = w.getLemma().replace('_', ' ');
                    // A kind whose own most frequent sense is another thing reads as that thing in the news: a
                    // "fighter" is a kind of warplane, but most fighters are people.
                    if (lemma.chars().filter(c -> c == ' ').count() <= 1 && firstSenseIn(lemma, offsets)) {
                        out.add(lemma);
                    }
                }
            }
            return out.size() > most ? List.of() : List.copyOf(out);
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup failed for " + noun, e);
        }
    }

    /**
     * Whether the lemma's most frequent noun sense is one of these: its only sense, or a first sense that WordNet's
     * sense-tagged counts put ahead of the second (where they tie, the order says nothing).
     */
    private boolean firstSenseIn(String lemma, Set<Long> closure) throws JWNLException {
        IndexWord word = wordnet.getIndexWord(POS.NOUN, lemma);
        if (word == null || word.getSenses().isEmpty()) {
            return false;
        }
        List<Synset> senses = word.getSenses();
        return closure.contains(senses.get(0).getOffset())
                && (senses.size() == 1 || uses(senses.get(0), word) > uses(senses.get(1), word));
    }

    private static int uses(Synset sense, IndexWord word) {
        for (Word w : sense.getWords()) {
            if (w.getLemma().equalsIgnoreCase(word.getLemma())) {
                return w.getUseCount();
            }
        }
        return 0;
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
