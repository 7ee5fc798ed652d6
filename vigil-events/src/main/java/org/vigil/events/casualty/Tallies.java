package org.vigil.events.casualty;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.vigil.events.casualty.Amounts.Amount;
import org.vigil.model.Token;

/** Reads how many a counted word stands for, and which word says who they were. */
final class Tallies {

    /**
     * A count read from the text.
     *
     * @param count      how many
     * @param whoHead    the noun that says who they were, or -1 when the text names no one here
     * @param elliptical the noun was left out and stands earlier ("three were arrested", "five others")
     * @param tokens     the words the count was read from, for the toll's span
     */
    record Tally(int count, int whoHead, boolean elliptical, List<Integer> tokens) {
        Tally {
            tokens = List.copyOf(tokens);
        }
    }

    private final Amounts amounts;

    Tallies(Amounts amounts) {
        this.amounts = amounts;
    }

    Optional<Tally> of(Graph g, Victims.Counted counted) {
        int node = counted.node();
        Token head = g.token(node);
        if (amounts.of(head).isPresent()) {
            return numberHead(g, node, counted.bare());
        }
        List<Integer> quantity = quantityWords(g, node);
        Optional<Amount> amount = amounts.chain(quantity.stream().map(g::token).toList());
        if (amount.isEmpty() && !counted.bare() && isSingular(g, node)) {
            amount = Optional.of(new Amount(1, true));
        }
        if (amount.isEmpty() || !amount.get().known()) {
            return Optional.empty();
        }
        List<Integer> tokens = new ArrayList<>(quantity);
        tokens.add(node);
        if (counted.bare()) {
            return Optional.of(new Tally(clamp(amount.get().value()), -1, false, tokens));
        }
        // "five others", "several of them": the people were named before, as with a number standing alone.
        boolean elliptical = head.lemma().toLowerCase(Locale.ROOT).equals("other") || head.pos().startsWith("PRP");
        return Optional.of(new Tally(clamp(amount.get().value()), elliptical ? -1 : node, elliptical, tokens));
    }

    /**
     * A number standing for the people: "three were arrested", "two of the suspects", "scores of protesters". A
     * bare one, the figure of a toll ("rose to 45"), borrows no one's name.
     */
    private Optional<Tally> numberHead(Graph g, int node, boolean bare) {
        List<Integer> chain = new ArrayList<>(g.children(node, "det:qmod"));
        chain.add(node);
        Optional<Amount> amount = amounts.chain(chain.stream().map(g::token).toList());
        if (amount.isEmpty() || !amount.get().known()) {
            return Optional.empty();
        }
        // "several of them" names no one here, any more than "several" alone does.
        List<Integer> partitive = g.children(node, "nmod:of").stream()
                .filter(p -> !g.token(p).pos().startsWith("PRP")).toList();
        int who = partitive.isEmpty() ? -1 : partitive.get(0);
        List<Integer> tokens = new ArrayList<>(chain);
        if (who >= 0) {
            tokens.add(who);
        }
        return Optional.of(new Tally(clamp(amount.get().value()), who, who < 0 && !bare, tokens));
    }

    /**
     * The words that give a noun's number, by the strength of what they say: a partitive ("two of the suspects",
     * "dozens of students"), a numeral, a numeral the tagger took for a name ("Eleven people"), a vague quantity
     * ("several civilians").
     */
    private List<Integer> quantityWords(Graph g, int noun) {
        for (String relation : List.of("det:qmod", "nummod")) {
            List<Integer> words = g.children(noun, relation);
            if (!words.isEmpty()) {
                return words;
            }
        }
        for (String relation : List.of("compound", "amod", "det")) {
            for (int w : g.children(noun, relation)) {
                if (amounts.of(g.token(w)).isPresent()) {
                    return List.of(w);
                }
            }
        }
        return List.of();
    }

    /** A singular noun; or an adjective with "a", which is how the tagger sometimes reads "a civilian". */
    private static boolean isSingular(Graph g, int node) {
        String pos = g.token(node).pos();
        return pos.equals("NN") || pos.equals("NNP") || pos.startsWith("JJ")
                && g.children(node, "det").stream().anyMatch(d -> g.token(d).lemma().equalsIgnoreCase("a"));
    }

    private static int clamp(long value) {
        return (int) Math.min(value, Integer.MAX_VALUE);
    }
}
