package org.vigil.actors;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.model.Dependency;
import org.vigil.model.TokenRange;

/**
 * Finds the noun phrase a token heads in the enhanced++ dependency graph: the modifiers before it (articles,
 * adjectives, compounds, possessors, with everything under them: "US Secretary of State Antony Blinken"), and after it
 * the prepositional phrases and a naming clause ("the NATO peacekeeping force in Kosovo, known as KFOR"), but not
 * relative clauses, conjuncts or appositions, which are phrases of their own.
 */
final class NounPhraseFinder {

    /** Relations of the words before a head that belong to its phrase. */
    private static final Set<String> BEFORE = Set.of("det", "amod", "compound", "nummod", "nmod:poss");
    /** Relations of the words after a head that belong to its phrase (a naming "acl" is checked apart). */
    private static final Set<String> AFTER = Set.of("flat", "fixed", "compound", "nmod");
    /** Relations that leave a phrase even below its head: clauses and arguments of their own. */
    private static final Set<String> CLAUSAL = Set.of("acl", "parataxis", "ref", "nsubj", "csubj", "advcl", "ccomp",
            "xcomp", "obj", "iobj", "aux", "cop", "mark", "discourse", "vocative", "appos", "expl", "dislocated");
    /** Relations by which a naming verb takes the name ("known as X", "called X"). */
    private static final Set<String> NAME_SLOTS = Set.of("obl", "xcomp", "obj");
    private static final Set<String> LINKS = Set.of("appos", "dep");
    private static final Set<String> MODIFYING = Set.of("compound", "amod", "nmod:poss");

    private final ResolverWords words;

    NounPhraseFinder(ResolverWords words) {
        this.words = words;
    }

    /**
     * The phrase headed by a token.
     *
     * @param within a named entity the phrase must cover whole, or null
     */
    NounPhrase phrase(SentenceTree tree, int head, TokenRange within) {
        BitSet in = new BitSet(tree.size());
        BitSet naming = new BitSet(tree.size());
        in.set(head);
        naming.set(head);
        int namedAs = -1;
        boolean place = false;
        List<Integer> linked = new ArrayList<>(1);
        int limit = conjunctionAfter(tree, head);
        for (Dependency d : tree.children(head)) {
            int t = d.dependent();
            String base = d.base();
            if (t > limit) {
                continue;
            }
            if (t < head && (BEFORE.contains(base) || BEFORE.contains(d.relation()))) {
                addSubtree(tree, t, head, true, in);
                addSubtree(tree, t, head, true, naming);
            } else if (t > head && AFTER.contains(base)) {
                addSubtree(tree, t, head, false, in);
                String preposition = preposition(d);
                if (!base.equals("nmod") || words.owners().contains(preposition)
                        || preposition.equals("for") && words.voices().contains(tree.lemma(head))) {
                    addSubtree(tree, t, head, false, naming);
                }
            } else if (t > head && base.equals("acl") && isNamingVerb(tree, t)) {
                addSubtree(tree, t, head, false, in);
                namedAs = nameOf(tree, t);
                if (namedAs >= 0) {
                    addSubtree(tree, namedAs, head, false, in);
                }
            } else if (base.equals("case") && words.places().contains(tree.lemma(t))) {
                place = true;
            } else if (LINKS.contains(base) && tree.isNoun(t)) {
                linked.add(t);
            }
        }
        boolean modifier = false;
        boolean owner = false;
        for (Dependency d : tree.parents(head)) {
            if (d.governor() < 0) {
                continue;
            }
            // enhanced++ copies "obl:in" to every conjunct, while only the first has the "in" itself
            place |= (d.base().equals("obl") || d.base().equals("nmod")) && (words.places().contains(preposition(d))
                    || located(tree, d));
            if (MODIFYING.contains(d.relation()) || MODIFYING.contains(d.base())) {
                modifier = true;
                owner |= d.relation().equals("nmod:poss");
            } else if (LINKS.contains(d.base()) && tree.isNoun(d.governor())) {
                linked.add(d.governor());
            }
        }
        if (within != null) {
            in.set(within.start(), within.end());
            naming.set(within.start(), within.end());
        }
        int start = in.nextSetBit(0);
        int end = in.length();
        while (start < head && tree.isPunctuation(start)) {
            start++;
        }
        while (end - 1 > head && tree.isPunctuation(end - 1)) {
            end--;
        }
        List<Integer> namingTokens = new ArrayList<>();
        for (int t = naming.nextSetBit(start); t >= 0 && t < end; t = naming.nextSetBit(t + 1)) {
            namingTokens.add(t);
        }
        return new NounPhrase(new TokenRange(tree.sentence().index(), start, end, head), namingTokens, namedAs, linked,
                place, modifier, owner);
    }

    /** The first conjunction or conjunct after the head: what follows it belongs to another phrase. */
    private static int conjunctionAfter(SentenceTree tree, int head) {
        int limit = tree.size();
        for (Dependency d : tree.children(head)) {
            if (d.dependent() > head && (d.base().equals("cc") || d.base().equals("conj"))) {
                limit = Math.min(limit, d.dependent());
            }
        }
        return limit;
    }

    /** A token and the words under it on one side of the head, without leaving the phrase. */
    private static void addSubtree(SentenceTree tree, int top, int head, boolean before, BitSet into) {
        List<Integer> stack = new ArrayList<>();
        stack.add(top);
        BitSet seen = new BitSet(tree.size());
        while (!stack.isEmpty()) {
            int t = stack.remove(stack.size() - 1);
            if (seen.get(t) || (before ? t >= head : t <= head)) {
                continue;
            }
            seen.set(t);
            into.set(t);
            for (Dependency d : tree.children(t)) {
                if (!CLAUSAL.contains(d.base())) {
                    stack.add(d.dependent());
                }
            }
        }
    }

    private boolean isNamingVerb(SentenceTree tree, int verb) {
        return tree.token(verb).pos().startsWith("VB") && words.namingVerbs().contains(tree.lemma(verb));
    }

    private static int nameOf(SentenceTree tree, int verb) {
        for (Dependency d : tree.children(verb)) {
            if (d.dependent() > verb && NAME_SLOTS.contains(d.base()) && tree.isNoun(d.dependent())) {
                return d.dependent();
            }
        }
        return -1;
    }

    /** "east of Damascus", "flights between London and Amsterdam": a noun that locates by what follows it. */
    private boolean located(SentenceTree tree, Dependency d) {
        String preposition = preposition(d);
        return (preposition.equals("of") || preposition.equals("between"))
                && words.locators().contains(tree.lemma(d.governor()));
    }

    /** The preposition an enhanced relation carries: "in" for "obl:in", "" for none. */
    private static String preposition(Dependency d) {
        int colon = d.relation().indexOf(':');
        return colon < 0 ? "" : d.relation().substring(colon + 1).toLowerCase(Locale.ROOT);
    }
}
