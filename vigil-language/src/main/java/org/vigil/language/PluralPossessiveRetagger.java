package org.vigil.language;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Makes a possessive of the apostrophe after a plural ("the rebels' demands", "the protesters' leaders"), which the
 * tagger takes for a closing quote once the tokenizer has made it a curly one. The parser would otherwise make the
 * owners a compound of the thing owned, and they would be no actor of their own.
 */
public final class PluralPossessiveRetagger extends TagRepair {
    private static final Set<String> APOSTROPHES = Set.of("'", "\u2019");
    private static final Set<String> OWNERS = Set.of("NNS", "NNPS", "NNP");
    /** Tags that open the phrase of the thing owned. */
    private static final Set<String> OWNED = Set.of("NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "VBG", "CD");

    /** The constructor CoreNLP calls for a {@code customAnnotatorClass}. */
    public PluralPossessiveRetagger(String name, Properties properties) {
    }

    @Override
    void repair(List<CoreLabel> tokens) {
        for (int i = 1; i + 1 < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            CoreLabel owner = tokens.get(i - 1);
            CoreLabel owned = tokens.get(i + 1);
            // "the protesters' demands for reform": a plural noun after it that the tagger took for a verb in -s
            boolean plural = "VBZ".equals(owned.tag()) && owned.word().endsWith("s");
            if (APOSTROPHES.contains(t.word()) && "''".equals(t.tag()) && OWNERS.contains(owner.tag())
                    && owner.word().endsWith("s") && (OWNED.contains(owned.tag()) || plural) && !quoteOpen(tokens, i)) {
                t.setTag("POS");
                if (plural) {
                    owned.setTag("NNS");
                }
            }
        }
    }

    /** Whether a single quote opened before the word is still open: then the apostrophe closes it. */
    private static boolean quoteOpen(List<CoreLabel> tokens, int at) {
        boolean open = false;
        for (int i = 0; i < at; i++) {
            String w = tokens.get(i).word();
            if (w.equals("\u2018") || w.equals("`")) {
                open = true;
            } else if (w.equals("\u2019") && "''".equals(tokens.get(i).tag())) {
                open = false;
            }
        }
        return open;
    }
}
