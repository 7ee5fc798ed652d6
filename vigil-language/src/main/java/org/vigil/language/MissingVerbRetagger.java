package org.vigil.language;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * Makes the verb of a sentence the tagger left with none: "The Turkish government relaxed/JJ curbs on the media". A
 * statement has a verb, so where no word is tagged one, a word in -ed that the tagger took for an adjective, right
 * after a noun or pronoun and before the words that open an object, is the past tense verb. A sentence with a verb
 * elsewhere keeps its adjectives ("opposition armed groups attacked").
 *
 * <p>News also puts the day between the subject and its verb: "Indian police on Thursday arrested/VBN activist X",
 * "authorities on Monday detained/JJ three men". A word in -ed tagged as an adjective or a participle, right after
 * such a time phrase that follows a noun or pronoun (no auxiliary between them) and before an object's first word,
 * is the past tense verb, whatever other verbs the sentence has: a participle that modifies a noun stands before
 * the time phrase ("the men arrested on Thursday"), and a passive one has its auxiliary.
 */
public final class MissingVerbRetagger extends TagRepair {
    private static final Set<String> SUBJECT_ENDS = Set.of("NN", "NNS", "NNP", "NNPS", "PRP");
    private static final Set<String> OBJECT_OPENS = Set.of("DT", "NN", "NNS", "NNP", "NNPS", "JJ", "PRP$", "CD",
            "PRP");
    /**
     * The words that join a time phrase between a subject and its verb ("on Thursday", "late on Monday night"); the
     * phrase must also hold a word of time-cues.txt.
     */
    private static final Set<String> TIME_WORDS = Set.of("on", "late", "early", "earlier", "last", "this", "the",
            "of", "in");

    /** The constructor CoreNLP calls for a {@code customAnnotatorClass}. */
    public MissingVerbRetagger(String name, Properties properties) {
    }

    @Override
    void repair(List<CoreLabel> tokens) {
        afterTimePhrase(tokens);
        for (CoreLabel t : tokens) {
            if (t.tag().startsWith("VB") || t.tag().equals("MD")) {
                return;
            }
        }
        for (int i = 1; i + 1 < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            if (t.tag().equals("JJ") && t.word().endsWith("ed") && SUBJECT_ENDS.contains(tokens.get(i - 1).tag())
                    && OBJECT_OPENS.contains(tokens.get(i + 1).tag())) {
                t.setTag("VBD");
                return;
            }
        }
    }

    /** "Police on Thursday arrested/VBN activist X": the -ed word after a subject and a time phrase is the verb. */
    private static void afterTimePhrase(List<CoreLabel> tokens) {
        for (int i = 2; i + 1 < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            if (!(t.tag().equals("VBN") || t.tag().equals("JJ")) || !t.word().endsWith("ed")
                    || !OBJECT_OPENS.contains(tokens.get(i + 1).tag())) {
                continue;
            }
            int j = i - 1;
            boolean dated = false;
            while (j > 0) {
                String w = tokens.get(j).word().toLowerCase(Locale.ROOT);
                boolean head = CueFilteredTimeAnnotator.CUES.contains(w);
                if (!head && !TIME_WORDS.contains(w) && !tokens.get(j).tag().equals("CD")) {
                    break;
                }
                dated |= head;
                j--;
            }
            // the phrase opens with "on", a day's own word or "last"/"this", never with "of" or "in" alone
            String first = tokens.get(j + 1).word().toLowerCase(Locale.ROOT);
            if (dated && j + 1 < i && !first.equals("of") && !first.equals("the")
                    && SUBJECT_ENDS.contains(tokens.get(j).tag())) {
                t.setTag("VBD");
            }
        }
    }
}
