package org.vigil.events.casualty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.vigil.model.Actor;
import org.vigil.model.ActorMention;
import org.vigil.model.AnnotatedDocument;
import org.vigil.model.Casualty;
import org.vigil.model.Dependency;
import org.vigil.model.Sentence;
import org.vigil.model.Span;
import org.vigil.model.Token;

/**
 * Finds the tolls an article states: how many were killed, injured, arrested, missing or displaced, and who they
 * were. It reads the dependency graph around the words of {@code triggers.tsv} ("three gunmen were killed",
 * "killing four soldiers", "the death of a police officer", "left 12 dead", "a death toll of 45"), counts with
 * CoreNLP's number values and {@code number-words.tsv}, drops what {@code irrealis.tsv} marks as denied or only
 * possible, lets a bare number borrow the people of an earlier toll in its sentence ("three gunmen were killed, and
 * three were arrested"), and makes one record of a toll stated twice. Immutable and safe to share between threads.
 */
public final class CasualtyExtractor {

    private final TriggerLexicon triggers;
    private final Irrealis irrealis;
    private final Amounts amounts;
    private final Victims victims = new Victims();
    private final Tallies tallies;
    private final WhoPhrase whoPhrase;
    private final PersonNouns persons = new PersonNouns();

    /** An extractor with the shipped tables. */
    public CasualtyExtractor() {
        this(TriggerLexicon.load(), NumberWords.load(), Irrealis.load());
    }

    CasualtyExtractor(TriggerLexicon triggers, NumberWords numbers, Irrealis irrealis) {
        this.triggers = triggers;
        this.irrealis = irrealis;
        this.amounts = new Amounts(numbers);
        this.tallies = new Tallies(amounts);
        this.whoPhrase = new WhoPhrase(amounts);
    }

    /**
     * The article's tolls, in the order they are first stated.
     *
     * @param doc    the annotated article; needs tokens, lemmas, parts of speech, entities and dependencies
     * @param actors the actors found in it; a toll whose people one of them names takes its coded actor
     */
    public List<Casualty> extract(AnnotatedDocument doc, List<ActorMention> actors) {
        List<Casualty> found = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            found.addAll(inSentence(new Graph(s), doc.article().text(), actors));
        }
        return TollMerger.merge(found);
    }

    private List<Casualty> inSentence(Graph g, String text, List<ActorMention> actors) {
        List<Toll> tolls = new ArrayList<>();
        for (Token t : g.sentence().tokens()) {
            Optional<Trigger> trigger = triggers.match(t);
            if (trigger.isEmpty() || irrealis.unreal(g, t.index())) {
                continue;
            }
            Optional<CasualtyKind> kind = kindOf(g, t.index(), trigger.get());
            if (kind.isEmpty() || !hasNeededWord(g, t.index(), trigger.get())) {
                continue;
            }
            for (Victims.Counted counted : victims.of(g, t.index(), trigger.get().role())) {
                if (irrealis.deniedPerson(g, counted.node())) {
                    continue;
                }
                tallies.of(g, counted).filter(tally -> countsPeople(g, tally, trigger.get()))
                        .ifPresent(tally -> tolls.add(toll(g, text, actors, kind.get(), t.index(), tally)));
            }
        }
        tolls.sort(Comparator.comparingInt(Toll::position));
        return resolveEllipsis(tolls);
    }

    /** The kind a trigger states; a toll takes it from its compound ("death toll"), and has none without one. */
    private Optional<CasualtyKind> kindOf(Graph g, int token, Trigger trigger) {
        if (trigger.role() != Trigger.Role.TOLL) {
            return Optional.of(trigger.kind());
        }
        return g.children(token, "compound").stream()
                .flatMap(c -> triggers.noun(g.token(c).lemma()).stream())
                .map(Trigger::kind)
                .findFirst();
    }

    /** "shot dead", "gunned down": the word may hang on the verb or on those it counts ("shot dead two men"). */
    private static boolean hasNeededWord(Graph g, int token, Trigger trigger) {
        String needed = trigger.condition().word();
        if (needed == null) {
            return true;
        }
        Set<Integer> near = new HashSet<>(Set.of(token));
        for (Dependency d : g.dependents(token)) {
            near.add(d.dependent());
            g.dependents(d.dependent()).forEach(e -> near.add(e.dependent()));
        }
        return near.stream().anyMatch(n -> g.token(n).text().equalsIgnoreCase(needed));
    }

    /**
     * Whether those a tally counts may be people, as many as the trigger needs. A named group must have a common
     * sense that names people, which drops misparses ("hurt ... panic"); a trigger that also takes places and
     * things ("captured the town") asks it of the usual sense.
     */
    private boolean countsPeople(Graph g, Tallies.Tally tally, Trigger trigger) {
        if (trigger.condition().many() && tally.count() < 2) {
            return false;
        }
        if (tally.whoHead() < 0) {
            return true;
        }
        Token who = g.token(tally.whoHead());
        boolean commonNoun = who.pos().equals("NN") || who.pos().equals("NNS");
        return trigger.condition().person() ? persons.isPerson(who) : !commonNoun || persons.mayBePerson(who);
    }

    private Toll toll(Graph g, String text, List<ActorMention> actors, CasualtyKind kind, int trigger,
                      Tallies.Tally tally) {
        List<Integer> words = new ArrayList<>(tally.tokens());
        words.add(trigger);
        String who = null;
        Actor actor = null;
        if (tally.whoHead() >= 0) {
            who = whoPhrase.of(g, tally.whoHead(), text);
            words.add(whoPhrase.start(g, tally.whoHead()));
            actor = actorAt(actors, g.sentence().index(), tally.whoHead());
        }
        int first = words.stream().mapToInt(Integer::intValue).min().orElseThrow();
        int last = words.stream().mapToInt(Integer::intValue).max().orElseThrow();
        Span span = new Span(g.token(first).span().start(), g.token(last).span().end());
        int position = tally.whoHead() >= 0 ? tally.whoHead() : tally.tokens().get(tally.tokens().size() - 1);
        boolean plural = tally.whoHead() >= 0 && g.token(tally.whoHead()).pos().endsWith("S");
        return new Toll(new Casualty(kind.label(), tally.count(), who, actor, span), tally.elliptical(), plural,
                position);
    }

    /** The actor whose words cover the people counted; the narrowest, when mentions nest. */
    private static Actor actorAt(List<ActorMention> actors, int sentence, int token) {
        return actors.stream().filter(m -> m.tokens().contains(sentence, token))
                .min(Comparator.comparingInt(m -> m.tokens().end() - m.tokens().start()))
                .map(ActorMention::actor).orElse(null);
    }

    /**
     * "Three gunmen were killed, and three were arrested": a number that names no one takes the people of the
     * nearest toll before it in the sentence that names some, if the two agree in number; "one protester dead and
     * 20 injured" says nothing of who the twenty were.
     */
    private static List<Casualty> resolveEllipsis(List<Toll> tolls) {
        List<Casualty> resolved = new ArrayList<>();
        Toll antecedent = null;
        for (Toll t : tolls) {
            Casualty c = t.casualty();
            if (t.elliptical() && antecedent != null && antecedent.plural() == (c.count() > 1)) {
                Casualty from = antecedent.casualty();
                c = new Casualty(c.kind(), c.count(), from.who(), from.actor(), c.span());
            }
            if (t.casualty().who() != null) {
                antecedent = t;
            }
            resolved.add(c);
        }
        return resolved;
    }

    /**
     * A toll found in a sentence, before the ellipsis is resolved.
     *
     * @param plural   whether the noun that names its people is plural
     * @param position the word that orders it in its sentence
     */
    private record Toll(Casualty casualty, boolean elliptical, boolean plural, int position) {
    }
}
