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
 * which no adjective is followed by (a verb, a modal, a possessive ending). So is a people's word the tagger took for
 * an adjective where it ends its phrase ("arrested a Bosnian Serb/JJ.", "two Britons and an Australian/JJ"): a
 * capitalised adjective inside the sentence, after an article, a number or another such word, with no noun or
 * adjective after it ("the French and British governments" keeps its adjectives). And an acronym that a name
 * gives in parentheses ("Islamic State (IS/VBZ) militants", "(ADF/NN)") is a proper noun: the tagger may take "IS"
 * for the verb, and the parser then makes the name the subject of a copula. The parser reads the tags, so a wrong
 * one costs the sentence its subject; the tagger itself stays the fast one.
 */
public final class ActorNounRetagger extends TagRepair {
    private static final Set<String> WORDS = load();

    /** The constructor CoreNLP calls for a {@code customAnnotatorClass}. */
    public ActorNounRetagger(String name, Properties properties) {
    }

    @Override
    void repair(List<CoreLabel> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            if ("JJ".equals(t.tag()) && WORDS.contains(t.word().toLowerCase(Locale.ROOT))
                    && cannotFollowAdjective(tokens.get(i + 1).tag())) {
                t.setTag("NN");
            }
        }
        for (int i = 1; i < tokens.size(); i++) {
            if (peopleWord(tokens, i) || acronymInParentheses(tokens, i)) {
                tokens.get(i).setTag("NNP");
            }
        }
    }

    /** "Islamic State (IS) militants": a word of two or more capitals alone in parentheses after a proper noun. */
    private static boolean acronymInParentheses(List<CoreLabel> tokens, int i) {
        String w = tokens.get(i).word();
        return i > 1 && i + 1 < tokens.size() && tokens.get(i - 1).word().equals("(")
                && tokens.get(i + 1).word().equals(")") && tokens.get(i - 2).tag().startsWith("NNP")
                && w.length() > 1 && w.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
                && Character.isUpperCase(w.charAt(0));
    }

    private static boolean peopleWord(List<CoreLabel> tokens, int i) {
        CoreLabel t = tokens.get(i);
        CoreLabel before = tokens.get(i - 1);
        if (!"JJ".equals(t.tag()) || !capitalised(t.word())
                || !(DETERMINERS.contains(before.tag()) || "JJ".equals(before.tag()) && capitalised(before.word())
                && i > 1)) {
            return false;
        }
        String next = i + 1 < tokens.size() ? tokens.get(i + 1).tag() : ".";
        if (next.startsWith("NN") || next.startsWith("JJ") || next.equals("HYPH")) {
            return false;
        }
        // "the French and British governments": an adjective joined to another before their noun
        if (next.equals("CC") && i + 2 < tokens.size()) {
            String after = tokens.get(i + 2).tag();
            return !after.startsWith("JJ") && !after.startsWith("NN");
        }
        return true;
    }

    private static final Set<String> DETERMINERS = Set.of("DT", "CD", "PRP$");

    private static boolean capitalised(String word) {
        return word.length() > 1 && Character.isUpperCase(word.charAt(0)) && Character.isLowerCase(word.charAt(1));
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
