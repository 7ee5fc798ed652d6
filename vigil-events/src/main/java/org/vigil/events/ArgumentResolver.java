package org.vigil.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.model.Actor;
import org.vigil.model.ActorMention;
import org.vigil.model.AnnotatedDocument;
import org.vigil.model.CorefChain;
import org.vigil.model.Dependency;
import org.vigil.model.Mention;
import org.vigil.model.Quote;
import org.vigil.model.Sentence;
import org.vigil.model.Span;
import org.vigil.model.Token;
import org.vigil.model.TokenRange;

/**
 * Maps a predicate's argument, a token, to the coded actor it names: through the actor mention that covers it,
 * else through its coreference chain ("him" is Vucic), else, for a first-person pronoun in a quotation, through
 * the quote's speaker, else through the possessor, agent or modifier of a noun that is not itself an actor
 * ("Serbia's mobilisation", "an attack by Ukrainian units", "the death of a Kosovar police officer"). One resolver serves one document, on one thread.
 */
final class ArgumentResolver {
    /**
     * Modifiers of a non-actor noun that may name the actor behind it, in the order they are tried; a from-phrase
     * only for what one issues ("a statement from the foreign ministry", "a letter from Tehran").
     */
    private static final List<String> OWNER_RELATIONS = List.of("amod", "compound", "nmod:poss", "nmod:by",
            "nmod:agent", "nmod:from", "nmod:of");
    /** How long a dateline may be, in tokens, and the marks that end one. */
    private static final int MAX_DATELINE = 20;
    private static final Set<String> DATELINE_ENDS = Set.of("-", "--", "—", "–", ":");
    /** How far up from a pronoun the clause of a verb of saying is looked for. */
    private static final int MAX_CLIMB = 5;

    private final AnnotatedDocument doc;
    /** Per sentence and token: the actor mention that best covers the token, or null. */
    private final ActorMention[][] covering;
    /** Per sentence and head token, every mention headed there: "Indian and Pakistani troops" heads two. */
    private final Map<Long, List<ActorMention>> headed = new HashMap<>();
    private final Map<Long, CorefChain> chains = new HashMap<>();
    private final Map<Long, List<Argument>> resolved = new HashMap<>();
    private final Cues cues;
    /** Tokens of the first sentence that belong to the dateline ("KYIV, March 12 (Reuters) -"), which no event's. */
    private final int datelineEnd;

    ArgumentResolver(AnnotatedDocument doc, List<ActorMention> actors, Cues cues) {
        this.doc = doc;
        this.cues = cues;
        this.datelineEnd = datelineEnd(doc);
        List<Sentence> sentences = doc.sentences();
        covering = new ActorMention[sentences.size()][];
        for (Sentence s : sentences) {
            covering[s.index()] = new ActorMention[s.tokens().size()];
        }
        for (ActorMention m : actors) {
            TokenRange r = m.tokens();
            if (r.sentence() < 0 || r.sentence() >= covering.length) {
                continue;
            }
            headed.computeIfAbsent(key(r.sentence(), r.head()), k -> new ArrayList<>(1)).add(m);
            ActorMention[] row = covering[r.sentence()];
            for (int t = r.start(); t < Math.min(r.end(), row.length); t++) {
                if (row[t] == null || better(m, row[t], t)) {
                    row[t] = m;
                }
            }
        }
        for (CorefChain c : doc.chains()) {
            for (Mention m : c.mentions()) {
                TokenRange r = m.tokens();
                for (int t = r.start(); t < r.end(); t++) {
                    chains.putIfAbsent(key(r.sentence(), t), c);
                }
            }
        }
    }

    /**
     * Where the dateline that the reading layer found ends in the first sentence: after the first dash or colon,
     * or 0 when the report has no dateline.
     */
    static int datelineEnd(AnnotatedDocument doc) {
        if (doc.article().datelinePlace() == null || doc.sentences().isEmpty()) {
            return 0;
        }
        List<Token> tokens = doc.sentences().get(0).tokens();
        for (int i = 0; i < Math.min(tokens.size(), MAX_DATELINE); i++) {
            if (DATELINE_ENDS.contains(tokens.get(i).text())) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The first word after the dateline that hangs, through dateline words only, from a dateline word. */
    private List<Integer> afterDateline(SentenceGraph g, int token) {
        List<Integer> found = new ArrayList<>(1);
        for (Dependency d : g.out(token)) {
            int dep = d.dependent();
            found.addAll(dep >= datelineEnd ? List.of(dep) : dep > token ? afterDateline(g, dep) : List.of());
            if (!found.isEmpty()) {
                break;
            }
        }
        if (found.size() == 1) {
            // "MOSCOW, June 7 - Russia and Ukraine accused each other": the conjuncts come along.
            found.addAll(g.dependents(found.get(0), r -> r.startsWith("conj")));
        }
        return found;
    }

    private List<Argument> resolveAll(SentenceGraph g, List<Integer> tokens) {
        List<Argument> all = new ArrayList<>(1);
        tokens.forEach(t -> all.addAll(resolveAll(g, t)));
        return all;
    }

    /** A mention headed by the token beats one that merely covers it; among those, the narrower wins. */
    private static boolean better(ActorMention candidate, ActorMention current, int token) {
        boolean candidateHead = candidate.tokens().head() == token;
        boolean currentHead = current.tokens().head() == token;
        if (candidateHead != currentHead) {
            return candidateHead;
        }
        return width(candidate) < width(current);
    }

    private static int width(ActorMention m) {
        return m.tokens().end() - m.tokens().start();
    }

    private static long key(int sentence, int token) {
        return ((long) sentence << 32) | token;
    }

    /** The coded actor the argument names, or null when it names none the coder can find. */
    Argument resolve(SentenceGraph g, int token) {
        List<Argument> all = resolveAll(g, token);
        return all.isEmpty() ? null : all.get(0);
    }

    /**
     * The coded actors the argument names: one, or several where conjoined modifiers name several ("Chinese and
     * Russian warships"). An actor that is only a sector ("its troops") gives way to the state or group its
     * possessor or modifier names.
     */
    List<Argument> resolveAll(SentenceGraph g, int token) {
        // Patterns ask after the same few arguments many times over; each is resolved once.
        long key = key(g.sentence().index(), token);
        List<Argument> known = resolved.get(key);
        if (known == null) {
            known = List.copyOf(resolveUncached(g, token));
            resolved.put(key, known);
        }
        return known;
    }

    private List<Argument> resolveUncached(SentenceGraph g, int token) {
        int s = g.sentence().index();
        if (s == 0 && token < datelineEnd) {
            // "KYIV, March 12 (Reuters) - Russia launched": the parser may take the dateline for the subject and
            // hang the real subject somewhere inside it.
            return resolveAll(g, afterDateline(g, token));
        }
        Argument found = named(s, token);
        if (found == null) {
            found = speaker(g, token);
        }
        if (found == null && (cues.anaphors().contains(g.lemma(token))
                || cues.firstPerson().contains(g.lemma(token)))) {
            found = reporter(g, token);
        }
        if (found == null && (cues.singular().contains(g.lemma(token)) && !expletive(g, token)
                || stateNoun(g, token))) {
            found = antecedent(g, token);
        }
        if (found != null && named(found.actor())) {
            List<ActorMention> alike = headed.getOrDefault(key(s, token), List.of());
            if (alike.size() > 1 && found.way() == Argument.Way.DIRECT) {
                // The states conjoined before one head act together: one argument each.
                List<Argument> all = new ArrayList<>(alike.size());
                Set<String> seen = new HashSet<>();
                for (ActorMention m : alike) {
                    if (named(m.actor()) && seen.add(EventMerger.actorKey(m.actor()))) {
                        all.add(new Argument(m.actor(), m.tokens(), Argument.Way.DIRECT));
                    }
                }
                return all;
            }
            List<Argument> each = eachState(g, token, found);
            return each.isEmpty() ? List.of(found) : each;
        }
        if (g.pos(token).startsWith("NN")) {
            List<Argument> sectors = new ArrayList<>(1);
            boolean issued = cues.statements().contains(g.lemma(token));
            for (String relation : OWNER_RELATIONS) {
                if (relation.equals("nmod:from") && !issued) {
                    continue;
                }
                List<Argument> owners = new ArrayList<>(1);
                for (int owner : g.dependents(token, relation)) {
                    if (relation.equals("compound") && venue(g, token, owner)) {
                        continue;
                    }
                    List<Argument> named = resolveAll(g, owner);
                    for (Argument a : named) {
                        // "Netanyahu's defence minister", "Serbia's army": a role its state's or its holder's
                        // names is that state's role, not the owner himself.
                        boolean role = found != null && found.actor().isSectorOnly() && a.actor().country() != null
                                && a.actor().organization() == null;
                        Argument via = role ? new Argument(found.actor().inState(a.actor().country()), found.tokens(),
                                Argument.Way.MODIFIER) : new Argument(a.actor(), a.tokens(), Argument.Way.MODIFIER);
                        (named(a.actor()) ? owners : sectors).add(via);
                    }
                }
                if (!owners.isEmpty()) {
                    return owners;
                }
            }
            if (found == null && !sectors.isEmpty()) {
                return List.of(sectors.get(0));
            }
        }
        return found == null ? List.of() : List.of(found);
    }

    /** Whether a city before a meeting or accord names where it was held: "the Oslo accords", "the Geneva talks". */
    boolean venue(SentenceGraph g, int noun, int modifier) {
        if (!cues.venueNamed().contains(g.lemma(noun)) || !"LOCATION".equals(g.token(modifier).ner())) {
            return false;
        }
        Argument a = named(g.sentence().index(), modifier);
        // a seat of power reads as the state's government; the state's own name is a party ("the Iran talks")
        return a != null && a.actor().country() != null && a.actor().organization() == null
                && a.actor().person() == null && a.actor().sector() != null;
    }

    /**
     * "Ministers from Egypt, Jordan and Iraq": a role whose states are conjoined after it stands for one party a
     * state; empty where the phrase names one state or none.
     */
    private List<Argument> eachState(SentenceGraph g, int token, Argument found) {
        Actor role = found.actor();
        if (found.way() != Argument.Way.DIRECT || role.sector() == null || role.organization() != null
                || role.person() != null) {
            return List.of();
        }
        int s = g.sentence().index();
        for (int from : g.dependents(token, r -> r.equals("nmod:from") || r.equals("nmod:of"))) {
            List<Integer> states = new ArrayList<>(List.of(from));
            states.addAll(g.dependents(from, r -> r.startsWith("conj")));
            List<Argument> each = new ArrayList<>(states.size());
            Set<String> seen = new HashSet<>();
            for (int x : states) {
                Argument state = named(s, x);
                if (state != null && state.actor().isState() && seen.add(state.actor().country())) {
                    each.add(new Argument(role.inState(state.actor().country()), found.tokens(), Argument.Way.DIRECT));
                }
            }
            if (each.size() >= 2) {
                return each;
            }
        }
        return List.of();
    }

    /** "It is clear that": an "it" that stands for nothing. */
    private static boolean expletive(SentenceGraph g, int token) {
        for (Dependency d : g.in(token)) {
            if (d.relation().equals("expl")) {
                return true;
            }
        }
        return false;
    }

    /** "The country", "the kingdom": a bare definite noun that refers back to a state. */
    private boolean stateNoun(SentenceGraph g, int token) {
        if (!cues.stateNouns().contains(g.lemma(token)) || !g.pos(token).equals("NN")) {
            return false;
        }
        boolean definite = false;
        for (Dependency d : g.out(token)) {
            if (d.relation().equals("det") && g.lemma(d.dependent()).equals("the")) {
                definite = true;
            } else if (!d.relation().equals("punct") && !d.relation().equals("case")) {
                return false;
            }
        }
        return definite;
    }

    /**
     * What "it" or "the country" refers back to: the nearest state or organisation named before it in its sentence,
     * else the first one named in the sentence before. Coreference by position, as a reader takes it in a wire
     * report; people are left to the coreference chains.
     */
    private Argument antecedent(SentenceGraph g, int token) {
        int s = g.sentence().index();
        // A doer first: "Iran seized a British tanker after it accused Britain" is Iran's accusation.
        for (int t = token - 1; t >= 0; t--) {
            Argument a = body(covering[s][t]);
            if (a != null && a.tokens().head() == t && g.actsItself(t)) {
                return a;
            }
        }
        for (int t = token - 1; t >= 0; t--) {
            Argument a = body(covering[s][t]);
            if (a != null) {
                return a;
            }
        }
        if (s > 0) {
            for (ActorMention m : covering[s - 1]) {
                Argument a = body(m);
                if (a != null) {
                    return a;
                }
            }
        }
        return null;
    }

    private static Argument body(ActorMention m) {
        if (m == null || m.actor().person() != null
                || m.actor().country() == null && m.actor().organization() == null) {
            return null;
        }
        return new Argument(m.actor(), m.tokens(), Argument.Way.COREFERENCE);
    }

    /**
     * The subject of the verb of saying whose complement holds the pronoun: in "China said it would release",
     * "it" is China. Only for pronouns coreference left without a chain.
     */
    private Argument reporter(SentenceGraph g, int pronoun) {
        int current = pronoun;
        for (int step = 0; step < MAX_CLIMB; step++) {
            Dependency up = null;
            for (Dependency d : g.in(current)) {
                if (d.governor() >= 0) {
                    up = d;
                    break;
                }
            }
            if (up == null) {
                return null;
            }
            int gov = up.governor();
            boolean reporting = cues.speech().contains(g.lemma(gov)) || cues.denial().contains(g.lemma(gov));
            if (up.relation().equals("ccomp") && reporting) {
                for (int subject : g.dependents(gov, "nsubj")) {
                    Argument a = named(g.sentence().index(), subject);
                    if (a != null) {
                        return new Argument(a.actor(), a.tokens(), Argument.Way.COREFERENCE);
                    }
                }
                return null;
            }
            current = gov;
        }
        return null;
    }

    /**
     * Whether an actor names someone in particular, a state, organisation or person, rather than only a sector:
     * "military" in "the military buildup" says nothing about whose buildup it is.
     */
    static boolean named(Actor actor) {
        return actor.country() != null || actor.organization() != null || actor.person() != null;
    }

    /**
     * Whether two actors stand for the same side: the same actor, state or organisation ("a spokesman and the
     * government he speaks for").
     */
    static boolean sameSide(Actor a, Actor b) {
        return EventMerger.actorKey(a).equals(EventMerger.actorKey(b))
                || a.country() != null && a.country().equals(b.country())
                || a.organization() != null && a.organization().equals(b.organization());
    }

    /**
     * Whether a mention can stand as an argument: it codes a state, organisation, person or code, or at least a
     * sector ("rebels", "protesters", "police"), which gives way to an owner where one is named and otherwise
     * stands as an actor with no country.
     */
    static boolean coded(Actor actor) {
        return !actor.isUncoded() || actor.sector() != null;
    }

    /** The actor named at a token of any sentence, through its mention or coreference chain; null if none. */
    Argument resolveAt(int sentence, int token) {
        return named(sentence, token);
    }

    /** The actor of the mention covering the token, else of its coreference chain. */
    private Argument named(int sentence, int token) {
        ActorMention direct = covering[sentence][token];
        // A pronoun inside a larger mention ("its troops") is not that mention: it has a chain of its own.
        String pos = doc.sentences().get(sentence).tokens().get(token).pos();
        boolean pronoun = pos != null && pos.startsWith("PRP");
        if (direct != null && coded(direct.actor()) && (!pronoun || direct.tokens().head() == token)) {
            return new Argument(direct.actor(), direct.tokens(), Argument.Way.DIRECT);
        }
        CorefChain chain = chains.get(key(sentence, token));
        if (chain == null) {
            return null;
        }
        // The representative is the fullest name; the other mentions are tried in text order after it.
        List<Mention> order = new ArrayList<>(chain.mentions().size() + 1);
        order.add(chain.representative());
        order.addAll(chain.mentions());
        Argument sector = null;
        for (Mention m : order) {
            TokenRange r = m.tokens();
            ActorMention a = covering[r.sentence()][r.head()];
            if (a != null && !a.actor().isUncoded()) {
                return new Argument(a.actor(), a.tokens(), Argument.Way.COREFERENCE);
            }
            if (sector == null && a != null && coded(a.actor())) {
                sector = new Argument(a.actor(), a.tokens(), Argument.Way.COREFERENCE);
            }
        }
        return sector;
    }

    /** "We" inside a quotation is whoever the quotation is attributed to. */
    private Argument speaker(SentenceGraph g, int token) {
        if (!cues.firstPerson().contains(g.lemma(token))) {
            return null;
        }
        Span at = g.token(token).span();
        for (Quote q : doc.quotes()) {
            if (q.speaker() != null && q.span().contains(at)) {
                TokenRange r = q.speaker().tokens();
                Argument a = named(r.sentence(), r.head());
                return a == null ? null : new Argument(a.actor(), a.tokens(), Argument.Way.SPEAKER);
            }
        }
        return null;
    }

    /**
     * An uncoded actor for words the actor stage left alone, so that a claim can still say who made it
     * ("according to Al Jazeera").
     */
    Actor uncoded(SentenceGraph g, int token) {
        ActorMention direct = covering[g.sentence().index()][token];
        if (direct != null) {
            return direct.actor();
        }
        int[] extent = g.extent(g.phrase(token));
        List<Token> tokens = g.sentence().tokens();
        Span span = new Span(tokens.get(extent[0]).span().start(), tokens.get(extent[1]).span().end());
        return new Actor(span.of(doc.article().text()), span, null, null, null, null, null);
    }
}
