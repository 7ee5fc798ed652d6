package org.vigil.events.casualty;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.PointerUtils;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.data.list.PointerTargetNode;
import net.sf.extjwnl.data.list.PointerTargetNodeList;
import net.sf.extjwnl.dictionary.Dictionary;
import org.vigil.model.Token;

/**
 * Tells people from places, things and happenings, by WordNet: a noun names people when a sense of it is a kind
 * of person, of people or of organisation (police, troops, militia). Names and numbers count as people; so do
 * words WordNet lacks, unless the recogniser calls them places, since new group names ("Houthis") are more often
 * missing than places are.
 */
final class PersonNouns {

    private static final Set<String> PERSON_ROOTS = Set.of("person", "people", "organization");
    /** A sense used less than a tenth as often as the most frequent one is too rare to count. */
    private static final int RARE_SENSE = 10;

    private final Map<String, Boolean> known = new ConcurrentHashMap<>();
    private volatile Dictionary wordnet;

    /**
     * Whether the noun's usual sense names people. Only the first sense is asked: "village" has a rare sense
     * meaning its people, and "captured the village" is no arrest.
     */
    boolean isPerson(Token token) {
        return check(token, true);
    }

    /**
     * Whether a commonly used sense of the noun names people: the test for the people any toll counts, which keeps
     * "forces" (a military unit in its fourth sense) and drops a misparsed "panic", "release" or "center".
     */
    boolean mayBePerson(Token token) {
        return check(token, false);
    }

    private boolean check(Token token, boolean firstSenseOnly) {
        if ("PERSON".equals(token.ner()) || token.pos().equals("CD")) {
            return true;
        }
        if ("LOCATION".equals(token.ner())) {
            return false;
        }
        String key = firstSenseOnly + "\t" + token.text().toLowerCase(Locale.ROOT) + "\t"
                + token.lemma().toLowerCase(Locale.ROOT);
        return known.computeIfAbsent(key, k -> lookUp(token.text(), token.lemma(), firstSenseOnly));
    }

    /** Synchronised because nothing promises that WordNet's file-backed dictionary serves threads at once. */
    private synchronized boolean lookUp(String text, String lemma, boolean firstSenseOnly) {
        try {
            IndexWord word = dictionary().getIndexWord(POS.NOUN, text);
            if (word == null) {
                word = dictionary().getIndexWord(POS.NOUN, lemma);
            }
            if (word == null || word.getSenses().isEmpty()) {
                return true;
            }
            List<Synset> senses = firstSenseOnly ? word.getSenses().subList(0, 1) : commonSenses(word);
            for (Synset sense : senses) {
                if (isPersonSense(sense)) {
                    return true;
                }
            }
            return false;
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup failed for " + lemma, e);
        }
    }

    /**
     * The senses in real use: those tagged at least a tenth as often as the most frequent one in WordNet's corpus
     * ("force" as a military unit, not "center" as a basketball player), or all of them when none was tagged.
     */
    private static List<Synset> commonSenses(IndexWord word) {
        List<Synset> senses = word.getSenses();
        int[] uses = senses.stream().mapToInt(s -> useCount(s, word.getLemma())).toArray();
        int most = Arrays.stream(uses).max().orElse(0);
        if (most == 0) {
            return senses;
        }
        return IntStream.range(0, senses.size()).filter(i -> uses[i] * RARE_SENSE >= most).mapToObj(senses::get)
                .toList();
    }

    private static int useCount(Synset sense, String lemma) {
        return sense.getWords().stream().filter(w -> w.getLemma().equalsIgnoreCase(lemma)).mapToInt(Word::getUseCount)
                .findFirst().orElse(0);
    }

    private static boolean isPersonSense(Synset sense) throws JWNLException {
        for (PointerTargetNodeList path : PointerUtils.getHypernymTree(sense).toList()) {
            for (PointerTargetNode node : path) {
                if (PERSON_ROOTS.contains(node.getSynset().getWords().get(0).getLemma())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** WordNet takes a second or two to open, and a document without tolls never needs it. */
    private Dictionary dictionary() throws JWNLException {
        Dictionary d = wordnet;
        if (d == null) {
            synchronized (this) {
                d = wordnet;
                if (d == null) {
                    d = Dictionary.getDefaultResourceInstance();
                    wordnet = d;
                }
            }
        }
        return d;
    }
}
