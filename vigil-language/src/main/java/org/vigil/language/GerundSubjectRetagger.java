package org.vigil.language;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Makes a noun of an -ing word the tagger took for a verb where it names an event: after a determiner, possessive
 * or adjective with no object after it ("killed in Israeli shelling/VBG"), and opening a sentence as its subject
 * ("Fighting/VBG broke out between Indian and Chinese troops", "Shelling continued in the east"). The parser would
 * otherwise hang the event noun's words on a clause it does not have. An opening -ing word is a subject where a verb
 * follows it at once, or a preposition whose phrase runs up to the verb with no comma between ("Fighting in the north
 * killed ten"); "Speaking at a news conference, the minister said" keeps its participle.
 */
public final class GerundSubjectRetagger extends TagRepair {

    /** The constructor CoreNLP calls for a {@code customAnnotatorClass}. */
    public GerundSubjectRetagger(String name, Properties properties) {
    }

    @Override
    void repair(List<CoreLabel> tokens) {
        afterDeterminers(tokens);
        if (tokens.size() < 3) {
            return;
        }
        CoreLabel first = tokens.get(0);
        if (!"VBG".equals(first.tag()) || !Character.isUpperCase(first.word().charAt(0))) {
            return;
        }
        String next = tokens.get(1).tag();
        // "Shelling continued/VBN": a verb the tagger took for a participle follows as well.
        if (finite(next) || "VBN".equals(next) || "IN".equals(next) && verbBeforeComma(tokens)) {
            first.setTag("NN");
        }
    }

    /**
     * "Killed in Israeli shelling/VBG", "the bombing/VBG of the embassy": an -ing word after a determiner, a
     * possessive or an adjective, with no object after it, is a noun ("busy preparing the report" keeps its verb).
     */
    private static void afterDeterminers(List<CoreLabel> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            String before = tokens.get(i - 1).tag();
            String after = i + 1 < tokens.size() ? tokens.get(i + 1).tag() : ".";
            if ("VBG".equals(t.tag()) && NOMINAL_BEFORE.contains(before) && !OBJECT_START.contains(after)) {
                t.setTag("NN");
            }
        }
    }

    /** Tags after which an -ing word names a thing. */
    private static final Set<String> NOMINAL_BEFORE = Set.of("DT", "PRP$", "POS", "JJ");
    /** Tags that open an object, which only a verb takes. */
    private static final Set<String> OBJECT_START = Set.of("DT", "PRP", "PRP$", "CD", "NN", "NNS", "NNP", "NNPS",
            "JJ", "TO");

    /** Whether a finite verb comes after the opening word's phrase, before any comma. */
    private static boolean verbBeforeComma(List<CoreLabel> tokens) {
        for (int i = 2; i < tokens.size(); i++) {
            String tag = tokens.get(i).tag();
            if (",".equals(tag) || ":".equals(tag)) {
                return false;
            }
            if (finite(tag)) {
                return true;
            }
        }
        return false;
    }

    private static boolean finite(String tag) {
        return tag != null && (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD"));
    }
}
