package org.vigil.language;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.vigil.model.DataLines;

/**
 * Makes a noun of an actor word the tagger took for an adjective at the head of its phrase ("The Nigerian
 * military/JJ arrested/VBN five men"): the words are those of {@code actor-nouns.txt}, and the test is what follows,
 * which no adjective is followed by (a verb, a modal, a possessive ending). The parser reads the tags, so a wrong one
 * costs the sentence its subject; the tagger itself stays the fast one.
 */
public final class ActorNounRetagger extends TagRepair {
    private static final Set<String> WORDS = load();

    /** The constructor CoreNLP calls for a {@code customAnnotatorClass}. */
    public ActorNounRetagger(String name, Properties properties) {
    }

    @Override
    void repair(List<CoreLabel> tokens) {
        retag(tokens);
    }

    static void retag(List<CoreLabel> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            if ("JJ".equals(t.tag()) && WORDS.contains(t.word().toLowerCase(Locale.ROOT))
                    && cannotFollowAdjective(tokens.get(i + 1).tag())) {
                t.setTag("NN");
            }
        }
    }

    private static boolean cannotFollowAdjective(String tag) {
        return tag != null && (tag.startsWith("VB") || tag.equals("MD") || tag.equals("POS"));
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        for (String w : DataLines.words(ActorNounRetagger.class, "actor-nouns.txt")) {
            words.add(w.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(words);
    }
}
