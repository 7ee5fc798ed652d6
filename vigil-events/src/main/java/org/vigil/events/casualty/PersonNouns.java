package org.vigil.events.casualty;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.PointerUtils;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.list.PointerTargetNode;
import net.sf.extjwnl.data.list.PointerTargetNodeList;
import net.sf.extjwnl.dictionary.Dictionary;
import org.vigil.model.Token;

/**
 * Tells people from places and things, for the triggers that take both ("captured 20 fighters" against "captured
 * the town"). A noun is a person when the first WordNet sense of its form or lemma is a kind of person, of people,
 * or of organisation (police, troops, militia). Only the first sense is asked: "village" has a rarer sense as its
 * people, and a capture of a village is no arrest. Names and numbers count as people; words WordNet lacks do too,
 * unless the recogniser calls them places, since new group names ("Houthis") are more often missing than places.
 */
final class PersonNouns {

    private static final Set<String> PERSON_ROOTS = Set.of("person", "people", "organization");

    private final Map<String, Boolean> known = new ConcurrentHashMap<>();
    private volatile Dictionary wordnet;

    boolean isPerson(Token token) {
        if ("PERSON".equals(token.ner()) || token.pos().equals("CD")) {
            return true;
        }
        if ("LOCATION".equals(token.ner())) {
            return false;
        }
        return known.computeIfAbsent(token.text().toLowerCase(Locale.ROOT) + "\t" + token.lemma().toLowerCase(Locale.ROOT),
                key -> lookUp(token.text(), token.lemma()));
    }

    /** Synchronised because nothing promises that WordNet's file-backed dictionary serves threads at once. */
    private synchronized Boolean lookUp(String text, String lemma) {
        try {
            IndexWord word = dictionary().getIndexWord(POS.NOUN, text);
            if (word == null) {
                word = dictionary().getIndexWord(POS.NOUN, lemma);
            }
            return word == null || word.getSenses().isEmpty() || isPersonSense(word.getSenses().get(0));
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup failed for " + lemma, e);
        }
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

    /** WordNet takes a second or two to open, and most documents never need it. */
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
