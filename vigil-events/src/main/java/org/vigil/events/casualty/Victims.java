package org.vigil.events.casualty;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.vigil.model.Dependency;

/**
 * Finds, for a trigger, the words that say how many it befell: the people themselves ("three gunmen"), or a word
 * that carries the number without naming anyone ("12 dead", "20 deaths", "a death toll of 45").
 */
final class Victims {

    /**
     * A word to count.
     *
     * @param node the token
     * @param bare only its own number counts: it names no one, and a number it lacks is not one person
     */
    record Counted(int node, boolean bare) {
    }

    /** Verbs whose subject caused the state rather than suffered it: "the attack left dozens dead". */
    private static final Set<String> CAUSATIVES = Set.of("leave", "make", "render");
    /** Where a toll's figure stands under the verb that reports it: "rose to 45", "stood at 30", "reached 45". */
    private static final List<String> TOLL_VALUES = List.of("obl:to", "obl:at", "obj", "obl:of");

    List<Counted> of(Graph g, int trigger, Trigger.Role role) {
        return switch (role) {
            case OBJECT -> objects(g, trigger);
            case SUBJECT -> subjects(g, trigger);
            case STATE -> states(g, trigger);
            case OF -> possessors(g, trigger);
            case TOLL -> toll(g, trigger);
        };
    }

    private static List<Counted> objects(Graph g, int verb) {
        Set<Integer> found = new LinkedHashSet<>();
        g.children(verb, "obj").stream().filter(o -> !isAdjective(g, o)).forEach(found::add);
        found.addAll(g.children(verb, "nsubj:pass"));
        if (found.isEmpty()) {
            // "shot and killed a teenager": the object of the first verb is also the second's.
            for (Dependency d : g.governors(verb)) {
                if (d.base().equals("conj") && d.governor() >= 0) {
                    g.children(d.governor(), "obj").stream().filter(o -> o > verb && !isAdjective(g, o))
                            .forEach(found::add);
                }
            }
        }
        boolean participle = g.token(verb).pos().equals("VBN");
        if (found.isEmpty() && participle && !hasAuxiliaryHave(g, verb)) {
            // A bare participle is a reduced passive: "four soldiers killed in blast", "12 dead and 40 wounded".
            found.addAll(g.children(verb, "nsubj"));
        }
        if (found.isEmpty() && participle) {
            found.addAll(governorsThrough(g, verb, "acl"));
        }
        return people(found);
    }

    private static List<Counted> subjects(Graph g, int verb) {
        Set<Integer> found = new LinkedHashSet<>(g.children(verb, "nsubj"));
        if (found.isEmpty()) {
            found.addAll(governorsThrough(g, verb, "acl"));
        }
        return people(found);
    }

    private static List<Counted> states(Graph g, int adjective) {
        if (carriesNumber(g, adjective)) {
            return List.of(new Counted(adjective, true));
        }
        Set<Integer> found = new LinkedHashSet<>(g.children(adjective, "nsubj"));
        for (Dependency d : g.governors(adjective)) {
            boolean complement = d.relation().equals("xcomp") || d.relation().equals("obj");
            if (!found.isEmpty() || !complement || d.governor() < 0) {
                continue;
            }
            int verb = d.governor();
            g.children(verb, "obj").stream().filter(o -> o != adjective && !isAdjective(g, o)).forEach(found::add);
            found.addAll(g.children(verb, "nsubj:pass"));
            if (found.isEmpty() && d.relation().equals("xcomp")
                    && !CAUSATIVES.contains(g.token(verb).lemma().toLowerCase(Locale.ROOT))) {
                found.addAll(g.children(verb, "nsubj"));
            }
        }
        if (found.isEmpty()) {
            // Only a following adjective states a toll ("one protester dead"); "the dead soldiers" refers to one.
            governorsThrough(g, adjective, "amod").stream().filter(n -> n < adjective).forEach(found::add);
        }
        return people(found);
    }

    private static List<Counted> possessors(Graph g, int noun) {
        Set<Integer> found = new LinkedHashSet<>(g.children(noun, "nmod:of"));
        g.children(noun, "nmod:poss").stream().filter(p -> !g.token(p).pos().startsWith("PRP")).forEach(found::add);
        if (found.isEmpty() && carriesNumber(g, noun)) {
            return List.of(new Counted(noun, true));
        }
        return people(found);
    }

    private static List<Counted> toll(Graph g, int toll) {
        List<Integer> candidates = new ArrayList<>(g.children(toll, "nmod:of"));
        for (Dependency d : g.governors(toll)) {
            if (d.governor() < 0) {
                continue;
            }
            if (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass")) {
                TOLL_VALUES.forEach(r -> candidates.addAll(g.children(d.governor(), r)));
                // "the death toll is 45": the figure heads the clause.
                candidates.add(d.governor());
            }
        }
        return candidates.stream().filter(c -> g.token(c).pos().equals("CD") || carriesNumber(g, c)).findFirst()
                .map(c -> List.of(new Counted(c, true))).orElse(List.of());
    }

    private static List<Counted> people(Set<Integer> nodes) {
        return nodes.stream().map(n -> new Counted(n, false)).toList();
    }

    private static boolean carriesNumber(Graph g, int node) {
        return !g.children(node, "nummod").isEmpty() || !g.children(node, "det:qmod").isEmpty();
    }

    private static boolean isAdjective(Graph g, int node) {
        return g.token(node).pos().startsWith("JJ");
    }

    private static boolean hasAuxiliaryHave(Graph g, int verb) {
        return g.children(verb, "aux").stream().anyMatch(a -> g.token(a).lemma().equalsIgnoreCase("have"));
    }

    private static List<Integer> governorsThrough(Graph g, int dependent, String relation) {
        return g.governors(dependent).stream().filter(d -> d.relation().equals(relation) && d.governor() >= 0)
                .map(Dependency::governor).toList();
    }
}
