package org.vigil.language;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Makes the verb of a sentence the tagger left with none: "The Turkish government relaxed/JJ curbs on the media". A
 * statement has a verb, so where no word is tagged one, a word in -ed that the tagger took for an adjective, right
 * after a noun or pronoun and before the words that open an object, is the past tense verb. A sentence with a verb
 * elsewhere keeps its adjectives ("opposition armed groups attacked").
 */
public final class MissingVerbRetagger extends TagRepair {
    private static final Set<String> SUBJECT_ENDS = Set.of("NN", "NNS", "NNP", "NNPS", "PRP");
    private static final Set<String> OBJECT_OPENS = Set.of("DT", "NN", "NNS", "NNP", "NNPS", "JJ", "PRP$", "CD",
            "PRP");

    /** The constructor CoreNLP calls for a {@code customAnnotatorClass}. */
    public MissingVerbRetagger(String name, Properties properties) {
    }

    @Override
    void repair(List<CoreLabel> tokens) {
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
}
