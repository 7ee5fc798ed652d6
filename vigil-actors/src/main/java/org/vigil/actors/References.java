package org.vigil.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.model.AnnotatedDocument;
import org.vigil.model.CorefChain;
import org.vigil.model.Mention;
import org.vigil.model.TokenRange;

/**
 * The second pass over a document's mentions: a mention that says too little on its own takes the actor of the one
 * it refers to, through the coreference chains ("he", "Vucic" when the files lack him) and, for a surname, through
 * an earlier full name; a bare surname that nothing in the article supports is left uncoded.
 */
final class References {

    private final AnnotatedDocument doc;
    private final List<FoundMention> found;

    /** @param found the mentions of the first pass, changed in place */
    References(AnnotatedDocument doc, List<FoundMention> found) {
        this.doc = doc;
        this.found = found;
    }

    void resolve() {
        dropUnsupportedSurnames();
        fillFromChains();
        fillBySurname();
    }

    /**
     * A surname alone names the office holder only when the article speaks of that person's state or organisation
     * somewhere else: "Vucic" in a report on Serbia is Aleksandar Vučić, but "Meta" in a report on videos is not the
     * Albanian president, whatever the recogniser thought.
     */
    private void dropUnsupportedSurnames() {
        Set<String> owners = new HashSet<>();
        Set<Integer> political = new HashSet<>();
        Set<String> roles = new HashSet<>();
        for (FoundMention f : found) {
            if (!f.surname()) {
                owners.add(f.coding().country());
                owners.add(f.coding().organization());
                if (f.coding().country() != null) {
                    political.add(f.range().sentence());
                } else if (f.coding().sector() != null) {
                    roles.add(f.range().sentence() + "/" + f.coding().sector());
                }
            }
        }
        // "Netanyahu criticized Arafat": two office holders' surnames in one sentence vouch for each other.
        Map<Integer, Set<String>> holders = new HashMap<>();
        for (FoundMention f : found) {
            if (f.surname() && f.coding().person() != null && f.coding().sector() != null) {
                holders.computeIfAbsent(f.range().sentence(), k -> new HashSet<>()).add(f.coding().person());
            }
        }
        for (int i = 0; i < found.size(); i++) {
            FoundMention f = found.get(i);
            Coding c = f.coding();
            boolean supported = (c.country() != null && owners.contains(c.country()))
                    || holders.getOrDefault(f.range().sentence(), Set.of()).size() >= 2 && c.sector() != null
                    || (c.organization() != null && owners.contains(c.organization()))
                    // "Obama wants to attack Switzerland": a sentence that names a state is political news, where
                    // a head of state's surname is the office holder.
                    || (political.contains(f.range().sentence()) && c.person() != null && c.sector() != null)
                    // "Netanyahu dismissed his defence minister": a role of the holder's own kind beside it vouches
                    // for one in office, not for a former holder whose surname is a common word or brand ("the army
                    // said Meta had"), nor for a minister beside fighters ("the villages of Abbas").
                    || (c.person() != null && c.sector() != null && !c.sector().equals(ActorComposer.ELITE)
                        && roles.contains(f.range().sentence() + "/" + c.sector()));
            if (f.surname() && !supported) {
                found.set(i, f.with(Coding.uncoded("'" + FoundMention.headText(doc, f.range()) + "' is the surname of "
                        + c.person() + " in the files, but the article names nothing else of "
                        + (c.country() != null ? c.country() : c.organization()))));
            }
        }
    }

    /** Names and pronouns in a coreference chain take the chain's actor when they cannot code themselves. */
    private void fillFromChains() {
        Map<Long, Integer> byHead = new HashMap<>();
        for (int i = 0; i < found.size(); i++) {
            byHead.putIfAbsent(key(found.get(i).range()), i);
        }
        for (CorefChain chain : doc.chains()) {
            Coding source = null;
            String sourceText = null;
            List<Mention> order = new ArrayList<>(chain.mentions().size() + 1);
            order.add(chain.representative());
            order.addAll(chain.mentions());
            for (Mention m : order) {
                Integer i = byHead.get(key(m.tokens()));
                if (i != null && found.get(i).coding().hasOwner()) {
                    source = found.get(i).coding();
                    sourceText = m.text();
                    break;
                }
            }
            if (source == null) {
                continue;
            }
            for (Mention m : chain.mentions()) {
                Integer i = byHead.get(key(m.tokens()));
                String reason = (m.isPronoun() ? "pronoun '" : "coreference: '") + m.text() + "' refers to '"
                        + sourceText + "': " + source.reason();
                if (i == null && m.isPronoun()) {
                    found.add(new FoundMention(m.tokens(), source.withReason(reason), true));
                } else if (i != null && found.get(i).saysNothing()) {
                    found.set(i, found.get(i).with(source.withReason(reason)));
                }
            }
        }
    }

    /** A surname alone takes the actor of the last person named in full with that surname. */
    private void fillBySurname() {
        found.sort(Comparator.comparingInt((FoundMention f) -> f.range().sentence())
                .thenComparingInt(f -> f.range().start()));
        for (int i = 0; i < found.size(); i++) {
            FoundMention f = found.get(i);
            if (!f.saysNothing()) {
                continue;
            }
            String surname = FoundMention.headText(doc, f.range());
            for (int j = i - 1; j >= 0; j--) {
                FoundMention g = found.get(j);
                if (g.person() && g.coding().person() != null && g.coding().hasOwner()
                        && Names.key(FoundMention.headText(doc, g.range())).equals(Names.key(surname))) {
                    found.set(i, f.with(g.coding().withReason("surname '" + surname + "' of '"
                            + FoundMention.span(doc, g.range()).of(doc.article().text()) + "': " + g.coding().reason())));
                    break;
                }
            }
        }
    }

    private static long key(TokenRange r) {
        return ((long) r.sentence() << 32) | r.head();
    }
}
