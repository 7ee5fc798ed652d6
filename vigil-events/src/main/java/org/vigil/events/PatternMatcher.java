package org.vigil.events;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.vigil.events.patterns.Constraint;
import org.vigil.events.patterns.EventPattern;
import org.vigil.events.patterns.FrameTable;
import org.vigil.events.patterns.PatternDictionary;
import org.vigil.events.patterns.Slot;
import org.vigil.events.patterns.WordClass;
import org.vigil.model.Dependency;

/**
 * Finds the pattern that matches at a token: the most specific of those its lemma triggers whose further words,
 * conditions and required arguments the dependency graph holds. Stateless apart from its tables.
 */
final class PatternMatcher {
    /** How deep a frame may look for its embedded event: "urged him to take action to de-escalate". */
    private static final int MAX_DEPTH = 3;
    /** A trigger word satisfied by a preposition on an edge rather than by a token ("call on" as obl:on). */
    private static final int PREPOSITION = -2;
    private static final int NOT_FOUND = -1;
    private static final Set<String> WORD_RELATIONS = Set.of("compound:prt", "obj", "compound", "amod", "advmod",
            "iobj", "nsubj:pass", "fixed", "flat", "xcomp", "nsubj");
    /** Relations by which a noun trigger hangs from the light verb that gives it a subject. */
    private static final Set<String> SUPPORT_RELATIONS = Set.of("obj", "nsubj:pass", "obl:in", "obl:on", "xcomp");
    /** Prepositions by which a copula puts its subject in an event: on a visit, in talks, at war. */
    private static final Set<String> PARTAKING = Set.of("on", "in", "at");
    /** Relations a frame follows from a predicate with no pattern to the event it stands for. */
    private static final Set<String> EMBEDDING_RELATIONS = Set.of("xcomp", "obj", "acl", "acl:to", "advcl",
            "advcl:to", "nmod:of");

    private final PatternDictionary patterns;
    private final FrameTable frames;
    private final Cues cues;

    PatternMatcher(PatternDictionary patterns, FrameTable frames, Cues cues) {
        this.patterns = patterns;
        this.frames = frames;
        this.cues = cues;
    }

    /** The best top-level match at the token, or null. */
    Match match(SentenceGraph g, int token, ArgumentResolver resolver) {
        return match(g, token, resolver, null);
    }

    /**
     * The best top-level match at the token, or null; where there is none and {@code furthest} is given, how far the
     * furthest of the word's patterns got is left in its one cell (null where no pattern could be tried at the top).
     */
    Match match(SentenceGraph g, int token, ArgumentResolver resolver, EventCoder.Reach[] furthest) {
        return matchAt(g, token, resolver, 0, null, furthest);
    }

    /**
     * @param inherited for an event a frame embeds whose doer is the frame's own subject ("Iran threatened to
     *                  attack"), that subject; else null
     */
    private Match matchAt(SentenceGraph g, int token, ArgumentResolver resolver, int depth, List<Integer> inherited,
                          EventCoder.Reach[] furthest) {
        List<EventPattern> candidates = patterns.candidates(g.lemma(token));
        if (candidates.isEmpty()) {
            return null;
        }
        Subjects[] subjects = new Subjects[WordClass.values().length * 2];
        // Where no pattern matches as written, those whose failing condition a WordNet kind of its nouns meets are
        // tried again as their copies that admit kinds.
        List<EventPattern> byKinds = new ArrayList<>(2);
        for (EventPattern p : candidates) {
            if (depth == 0 && p.flags().contains(EventPattern.Flag.INNER)) {
                continue;
            }
            Match m = tryMatch(p, g, token, resolver, depth, inherited, subjects, furthest, byKinds);
            if (m != null) {
                return m;
            }
        }
        for (EventPattern p : byKinds) {
            Match m = tryMatch(p, g, token, resolver, depth, inherited, subjects, furthest, null);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /**
     * @param furthest where a caller asks why nothing matched, the furthest miss so far; else null
     * @param byKinds  where the pattern fails a condition that a WordNet kind would meet, its copy that admits kinds
     *                 is added here; null where the pattern is such a copy already
     */
    private Match tryMatch(EventPattern p, SentenceGraph g, int t, ArgumentResolver resolver, int depth,
                           List<Integer> inherited, Subjects[] known, EventCoder.Reach[] furthest, List<EventPattern> byKinds) {
        WordClass cls = p.trigger().wordClass();
        if (!admits(cls, g, t) || g.time(t) || cls == WordClass.NOUN && modifier(g, t)) {
            return missed(furthest, EventCoder.Reach.WORD_CLASS);
        }
        if (cls == WordClass.VERB && standing(g, t)) {
            return missed(furthest, EventCoder.Reach.EXCLUDED);
        }
        List<Integer> words = new ArrayList<>(p.trigger().words().size());
        if (!matchWords(p.trigger().words(), g, t, words)) {
            return missed(furthest, EventCoder.Reach.WORDS);
        }
        if (cls == WordClass.NOUN && p.frame() == null && !Dyads.violent(p.code())
                && g.harmVerb(t, "nsubj"::equals) >= 0) {
            // "Russian strikes destroyed a hospital": what kills or destroys is no walkout
            return missed(furthest, EventCoder.Reach.EXCLUDED);
        }
        int support = cls == WordClass.NOUN ? supportVerb(g, t) : -1;
        List<Integer> heads = new ArrayList<>(words.size() + 2);
        heads.add(t);
        heads.addAll(words);
        if (support >= 0) {
            heads.add(support);
        } else if (cls == WordClass.NOUN) {
            heads.addAll(occurrenceVerbs(g, t));
        }
        List<Integer> satisfying = new ArrayList<>(p.constraints().size());
        boolean passive = cls == WordClass.VERB && g.passive(t) && !prepositionTaken(p, g, t);
        // The subject depends on the trigger's class and voice only: found once for all candidates.
        int slot = cls.ordinal() * 2 + (passive ? 1 : 0);
        if (known[slot] == null) {
            known[slot] = inherited != null ? new Subjects(inherited, Match.Origin.CONTROLLER)
                    : subjects(g, t, cls, passive, resolver, support, 0);
        }
        Subjects subjects = known[slot];
        for (int i = 0; i < p.constraints().size(); i++) {
            Constraint c = p.constraints().get(i);
            boolean subject = c.relation().equals("subj");
            List<Integer> deps = subject ? subjects.tokens() : role(g, t, heads, c.relation(), cls, passive);
            int found = satisfying(c, g, deps, words, resolver);
            if (c.absent() != (found < 0)) {
                EventPattern kinds = found < 0 && byKinds != null ? patterns.withKinds(p) : null;
                if (kinds != null && satisfying(kinds.constraints().get(i), g, deps, words, resolver) >= 0) {
                    byKinds.add(kinds);
                }
                return missed(furthest, c.absent() ? EventCoder.Reach.EXCLUDED : EventCoder.Reach.REQUIRED);
            }
            // A clausal complement is a claim of its own ("denied that troops had crossed"), not part of the
            // predicate.
            if (found >= 0 && !subject && !c.relation().equals("ccomp")) {
                satisfying.add(found);
                // "provided 100 million dollars in aid": the kind an amount is of belongs to the match as well, and
                // is no event of its own.
                if (amount(g, found)) {
                    satisfying.addAll(g.dependents(found, "nmod:in"));
                }
            }
        }
        // "mediated talks between A and B": a word a condition names may carry the arguments too, and so may the
        // noun of its of- or on-phrase ("signed a memorandum of understanding with Russia", "began a new round of
        // talks with Ukraine").
        heads.addAll(satisfying);
        for (int s : satisfying) {
            heads.addAll(g.dependents(s, r -> r.equals("nmod:of") || r.equals("nmod:on")));
        }
        List<Integer> passDown = p.frame() != null
                && frames.targetFrom(p.frame()) == FrameTable.TargetFrom.DONE_TO ? subjects.tokens() : null;

        Match embedded = null;
        int eventToken = -1;
        Slot eventSlot = p.slot(Slot.Role.EVENT).orElse(null);
        if (eventSlot != null) {
            search:
            for (String rel : eventSlot.relations()) {
                for (int d : role(g, t, heads, rel, cls, passive)) {
                    if (words.contains(d) || d == support) {
                        continue;
                    }
                    Match e = embeddedAt(g, d, resolver, depth + 1, passDown);
                    if (e != null) {
                        embedded = e;
                        eventToken = d;
                        break search;
                    }
                }
            }
            if (embedded == null && eventSlot.need() != Slot.Need.OPTIONAL) {
                return missed(furthest, EventCoder.Reach.EVENT);
            }
        }

        List<Integer> exclude = new ArrayList<>(words);
        exclude.add(eventToken);
        List<Integer> targets = slotTokens(p, Slot.Role.TARGET, g, t, heads, exclude, cls, passive, resolver);
        if (targets == null && p.flags().contains(EventPattern.Flag.SYMMETRIC) && p.slot(Slot.Role.SOURCE).isEmpty()
                && subjects.tokens().size() >= 2) {
            // "Qatar and Saudi Arabia reopened their borders": conjoined subjects are the mutual act's two parties.
            targets = List.of();
        }
        List<Integer> pair = slotTokens(p, Slot.Role.PAIR, g, t, heads, exclude, cls, passive, resolver);
        List<Integer> sources = slotTokens(p, Slot.Role.SOURCE, g, t, heads, exclude, cls, passive, resolver);
        if (targets == null || pair == null || sources == null) {
            return missed(furthest, EventCoder.Reach.ARGUMENT);
        }
        // A pair is two parties, in two phrases or in one ("between Indian and Pakistani troops").
        if (p.slot(Slot.Role.PAIR).isPresent() && pair.size() == 1 && resolver.resolveAll(g, pair.get(0)).stream()
                .filter(a -> ArgumentResolver.named(a.actor())).count() < 2) {
            pair = List.of();
        }
        Match.Origin origin = Match.Origin.SLOT;
        if (p.slot(Slot.Role.SOURCE).isEmpty()) {
            sources = subjects.tokens();
            origin = subjects.origin();
            // "Thousands of students demonstrated in Seoul": a simple past the tagger took for a bare participle
            // is read as passive, but where the pattern wants no object there is none for its subject to be.
            if (sources.isEmpty() && passive && !g.markedPassive(t) && !wantsObject(p)) {
                sources = g.dependents(t, "nsubj");
                origin = Match.Origin.SUBJECT;
            }
            if (sources.isEmpty() && p.flags().contains(EventPattern.Flag.DOER)) {
                // "a rebel attack" names its doer in a further word, "a suicide bomber" in the trigger itself
                sources = Stream.concat(Stream.of(t), words.stream())
                        .filter(w -> !resolver.resolveAll(g, w).isEmpty()).limit(1).toList();
                origin = sources.isEmpty() ? origin : Match.Origin.POSSESSOR;
            }
        }
        String code = p.code();
        boolean unrealised = false;
        if (p.frame() != null) {
            // "urged Israel not to launch an offensive": the negation may sit anywhere on the way down.
            boolean negatedEmbedded = embedded != null && (cues.negates(g, eventToken)
                    || cues.negates(g, embedded.trigger()));
            FrameTable.Coding coding = frames.code(p.frame(), embedded == null ? null : embedded.embeddedCode(),
                    negatedEmbedded);
            code = coding.code();
            unrealised = coding.embeddedItself();
        }
        return new Match(p, t, List.copyOf(words), List.copyOf(satisfying), List.copyOf(sources), origin, support,
                List.copyOf(targets), List.copyOf(pair), embedded, code, unrealised);
    }

    private static Match missed(EventCoder.Reach[] furthest, EventCoder.Reach miss) {
        if (furthest != null && (furthest[0] == null || miss.compareTo(furthest[0]) > 0)) {
            furthest[0] = miss;
        }
        return null;
    }

    /**
     * The tokens of a slot: those of its first relation that names an actor, else of its first that has any. Null
     * when the slot needs an argument that is not there (or, for a CODED slot, names no coded actor); empty when the
     * pattern has no such slot.
     */
    private List<Integer> slotTokens(EventPattern p, Slot.Role roleName, SentenceGraph g, int t, List<Integer> heads,
                                     List<Integer> exclude, WordClass cls, boolean passive,
                                     ArgumentResolver resolver) {
        Slot slot = p.slot(roleName).orElse(null);
        if (slot == null) {
            return List.of();
        }
        // "an offensive against Muslim rebels on Mindanao": where the first relation that has words names no one,
        // a later one that names someone is the argument.
        List<Integer> found = List.of();
        List<String> relations = slot.relations();
        for (int i = 0; i < relations.size(); i++) {
            List<Integer> deps = new ArrayList<>(role(g, t, heads, relations.get(i), cls, passive));
            deps.removeAll(exclude);
            if (deps.isEmpty()) {
                continue;
            }
            if (found.isEmpty()) {
                found = deps;
            }
            if (found == deps && i == relations.size() - 1) {
                break; // no later relation to prefer: no need to resolve these now
            }
            if (deps.stream().anyMatch(x -> !resolver.resolveAll(g, x).isEmpty())) {
                found = deps;
                break;
            }
        }
        if (found.isEmpty()) {
            return slot.need() == Slot.Need.OPTIONAL ? found : null;
        }
        if (roleName == Slot.Role.TARGET && cls == WordClass.VERB) {
            found = throughThing(g, found, resolver, cooperative(p));
        }
        if (slot.need() == Slot.Need.CODED && found.stream().allMatch(x -> resolver.resolveAll(g, x).isEmpty())) {
            return null;
        }
        return found;
    }

    private Match embeddedAt(SentenceGraph g, int token, ArgumentResolver resolver, int depth,
                             List<Integer> inherited) {
        if (depth > MAX_DEPTH) {
            return null;
        }
        // "called for the curfew to be lifted": what is asked is what the to-clause does to the noun, not the noun
        if (g.pos(token).startsWith("NN")) {
            for (int clause : g.dependents(token, "acl:to")) {
                Match done = matchAt(g, clause, resolver, depth + 1, inherited, null);
                if (done != null) {
                    return done;
                }
            }
        }
        Match m = matchAt(g, token, resolver, depth, inherited, null);
        if (m != null) {
            return m;
        }
        boolean amount = amount(g, token);
        // "plans to hold talks" embeds the talks, but "plans to build settlements" no settlement of a dispute
        boolean making = g.pos(token).startsWith("VB") && cues.making().contains(g.lemma(token));
        for (Dependency d : g.out(token)) {
            if (making && d.relation().equals("obj")) {
                continue;
            }
            // "pledged $500 million in aid": an amount embeds the act it is counted in.
            if (EMBEDDING_RELATIONS.contains(d.relation())
                    || amount && (d.relation().equals("nmod:in") || d.relation().equals("nmod:of"))) {
                Match inner = embeddedAt(g, d.dependent(), resolver, depth + 1, inherited);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    /**
     * Whether the token can head a pattern of the class. A word tagged as a plural noun that has a subject and an
     * object or auxiliary is a verb whatever its tag ("If Russia attacks NATO territory").
     */
    private static boolean admits(WordClass cls, SentenceGraph g, int t) {
        // "has been in contact with": a noun after a copula is a noun, whatever auxiliaries the copula has
        boolean verbal = g.pos(t).startsWith("NN") && g.hasDependent(t, "nsubj") && !g.hasDependent(t, "cop")
                && (g.hasDependent(t, "obj") || g.hasDependent(t, "aux"));
        // "in Israeli shelling": a gerund with a noun's article or adjective and no object is a noun
        boolean nominal = g.pos(t).equals("VBG") && !g.hasDependent(t, "obj")
                && (g.hasDependent(t, "det") || g.hasDependent(t, "amod"));
        return switch (cls) {
            case VERB -> cls.admits(g.pos(t)) && !nominal || verbal;
            case NOUN -> cls.admits(g.pos(t)) && !verbal || nominal;
            case ADJECTIVE -> cls.admits(g.pos(t));
        };
    }

    /** A participle after a noun that tells a standing relation ("militants backed by Ankara"), no act. */
    private boolean standing(SentenceGraph g, int verb) {
        if (!g.pos(verb).equals("VBN") && !g.pos(verb).equals("VBG") || !cues.standing().contains(g.lemma(verb))) {
            return false;
        }
        for (Dependency d : g.in(verb)) {
            if (d.relation().equals("acl") && d.governor() >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A noun that only modifies another ("the EU sanctions package") names no event of its own. */
    private static boolean modifier(SentenceGraph g, int noun) {
        for (Dependency d : g.in(noun)) {
            if (d.relation().equals("compound")) {
                return true;
            }
        }
        return false;
    }

    /** Consumes the further trigger words, in whatever order the graph allows them to be found. */
    private boolean matchWords(List<String> words, SentenceGraph g, int t, List<Integer> consumed) {
        List<String> pending = new ArrayList<>(words);
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            progress = false;
            for (Iterator<String> it = pending.iterator(); it.hasNext(); ) {
                int found = findWord(g, t, consumed, it.next());
                if (found != NOT_FOUND) {
                    if (found >= 0) {
                        consumed.add(found);
                    }
                    it.remove();
                    progress = true;
                }
            }
        }
        return pending.isEmpty();
    }

    private int findWord(SentenceGraph g, int t, List<Integer> consumed, String word) {
        List<Integer> heads = new ArrayList<>(consumed.size() + 1);
        heads.add(t);
        heads.addAll(consumed);
        for (int h : heads) {
            for (Dependency d : g.out(h)) {
                int dep = d.dependent();
                if (dep != t && !consumed.contains(dep) && g.lemma(dep).equals(word) && wordRelation(d.relation())) {
                    return dep;
                }
            }
        }
        for (int h : heads) {
            for (Dependency d : g.out(h)) {
                if (d.relation().endsWith(":" + word) && !g.time(d.dependent())) {
                    return PREPOSITION;
                }
            }
        }
        // "shot dead a police officer" is often parsed with "dead" modifying the object.
        for (int object : g.dependents(t, "obj")) {
            for (int d : g.dependents(object, r -> r.equals("amod") || r.equals("advmod"))) {
                if (g.lemma(d).equals(word) && d < object && !consumed.contains(d)) {
                    return d;
                }
            }
        }
        return NOT_FOUND;
    }

    /**
     * Whether a further trigger word may hang by the relation: not by a preposition of time, whose noun is an event
     * of its own ("made arrests after the protests" is no protest made).
     */
    private boolean wordRelation(String relation) {
        int colon = relation.indexOf(':');
        if (colon > 0 && cues.temporal().contains(relation.substring(colon + 1))) {
            return false;
        }
        return WORD_RELATIONS.contains(relation) || relation.startsWith("obl") || relation.startsWith("nmod");
    }

    /** The first dependent that meets the condition's words, or -1. */
    private static int satisfying(Constraint c, SentenceGraph g, List<Integer> deps, List<Integer> words,
                                  ArgumentResolver resolver) {
        for (int d : deps) {
            if (!words.contains(d) && (c.lemmas().isEmpty() || phraseHas(g, d, c.admits())
                    || c.people() && person(g, d, resolver))) {
                return d;
            }
        }
        return -1;
    }

    /** Whether the word names a person the actor files know ("Mladic"), as a condition on persons accepts. */
    private static boolean person(SentenceGraph g, int token, ArgumentResolver resolver) {
        return resolver.resolveAll(g, token).stream()
                .anyMatch(a -> a.actor().person() != null && a.way() == Argument.Way.DIRECT);
    }

    /**
     * Whether a phrase holds one of the lemmas, a modifier-head pair ("tear gas") or a head and the noun of its
     * of-, on-, to-, in- or for-phrase ("state emergency" for "state of emergency", "ban party" for "the ban on the
     * party", "participation talk" for "its participation in the talks", "demand reform" for "demands for
     * reform").
     */
    private static boolean phraseHas(SentenceGraph g, int head, Set<String> lemmas) {
        for (int x : g.phrase(head)) {
            if (lemmas.contains(g.lemma(x)) || x != head && lemmas.contains(g.lemma(x) + " " + g.lemma(head))) {
                return true;
            }
        }
        for (Dependency d : g.out(head)) {
            if (!HEAD_PAIR_RELATIONS.contains(d.relation())) {
                continue;
            }
            // the noun of an of-phrase may stand for the head alone: "dozens of protesters" are protesters, and
            // "rounds of tear gas" tear gas
            String noun = g.lemma(d.dependent());
            if (lemmas.contains(g.lemma(head) + " " + noun)
                    || d.relation().equals("nmod:of") && (lemmas.contains(noun) || pairIn(g, d.dependent(), lemmas))) {
                return true;
            }
        }
        // "100 million dollars in military aid": an amount is of what its in-phrase names.
        if (amount(g, head)) {
            for (int kind : g.dependents(head, "nmod:in")) {
                if (phraseHas(g, kind, lemmas)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a noun's phrase holds one of the lemmas as a modifier-head pair ("tear gas"). */
    private static boolean pairIn(SentenceGraph g, int noun, Set<String> lemmas) {
        for (int x : g.phrase(noun)) {
            if (x != noun && lemmas.contains(g.lemma(x) + " " + g.lemma(noun))) {
                return true;
            }
        }
        return false;
    }

    /** The prepositional phrases whose noun a condition may pair with the head it hangs from. */
    private static final Set<String> HEAD_PAIR_RELATIONS = Set.of("nmod:of", "nmod:on", "nmod:to", "nmod:in",
            "nmod:for");

    /** Prepositions under which a thing acted upon may name whom it is done to ("an agreement with the EU"). */
    private static final Set<String> THING_TARGET_RELATIONS = Set.of("nmod:with", "nmod:from",
            "nmod:against", "nmod:to", "nmod:toward", "nmod:towards", "nmod:poss");

    /**
     * A target that is a thing, not an actor ("signed an agreement with the European Union", "rejected a proposal
     * from Turkey", "welcomed the resumption of ties with Gondor"), gives way to the actor a prepositional modifier
     * of it names, looked for one of-phrase deep.
     */
    private static List<Integer> throughThing(SentenceGraph g, List<Integer> found, ArgumentResolver resolver,
                                              boolean cooperative) {
        List<Integer> out = null;
        for (int i = 0; i < found.size(); i++) {
            int actor = actorInThing(g, found.get(i), resolver, 1, cooperative);
            if (actor >= 0) {
                if (out == null) {
                    out = new ArrayList<>(found);
                }
                out.set(i, actor);
            }
        }
        return out == null ? found : out;
    }

    /** The actor a thing's prepositional modifiers name, or -1; {@code depth} of-phrases may be passed through. */
    private static int actorInThing(SentenceGraph g, int thing, ArgumentResolver resolver, int depth,
                                    boolean cooperative) {
        if (!g.pos(thing).startsWith("NN") || !resolver.resolveAll(g, thing).isEmpty()) {
            return -1;
        }
        // "Approved new sanctions against Iran": what is done against a party is no favour to it.
        for (int d : g.dependents(thing, r -> THING_TARGET_RELATIONS.contains(r)
                && !(cooperative && r.equals("nmod:against")))) {
            if (!g.time(d) && !resolver.resolveAll(g, d).isEmpty()) {
                return d;
            }
        }
        if (depth > 0) {
            for (int d : g.dependents(thing, "nmod:of")) {
                int actor = actorInThing(g, d, resolver, depth - 1, cooperative);
                if (actor >= 0) {
                    return actor;
                }
            }
        }
        return -1;
    }

    /** Whether the pattern codes a cooperative act (CAMEO roots 01 to 08). */
    private static boolean cooperative(EventPattern p) {
        return p.code() != null && p.code().compareTo("09") < 0;
    }

    /**
     * The dependents a pattern relation names, for a trigger of the given class and voice.
     *
     * @param passive whether a verb trigger is read as passive: its object is its passive subject
     */
    private static List<Integer> role(SentenceGraph g, int t, List<Integer> heads, String rel, WordClass cls,
                                      boolean passive) {
        switch (rel) {
            case "subj":
                if (cls == WordClass.NOUN) {
                    return g.dependents(t, r -> r.equals("nmod:poss") || r.equals("nmod:by")
                            || r.equals("nmod:agent"));
                }
                return directSubjects(g, t, cls, passive);
            case "obj":
                if (cls == WordClass.NOUN) {
                    return g.dependents(t, "nmod:of");
                }
                // "Ukraine was given $1 billion": a passive with an object of its own made its subject of the
                // active's indirect object
                List<Integer> objects = passive && !g.hasDependent(t, "obj") ? g.passiveObjects(t)
                        : g.dependents(t, "obj");
                if (objects.isEmpty() && g.pos(t).equals("VBN")) {
                    // "forces deployed near the border": the noun a past participle modifies is its object.
                    for (Dependency d : g.in(t)) {
                        if (d.relation().equals("acl") && d.governor() >= 0) {
                            return List.of(d.governor());
                        }
                    }
                }
                if (objects.isEmpty() && cls == WordClass.VERB && !passive) {
                    objects = sharedObject(g, t);
                }
                return objects.isEmpty() && cls == WordClass.VERB ? smallClauseSubject(g, t) : objects;
            case "iobj": {
                if (passive && cls == WordClass.VERB && g.hasDependent(t, "obj")) {
                    return g.passiveObjects(t);
                }
                // "gave Ukraine $100 million in aid": a noun's recipient may be its light verb's.
                List<Integer> found = new ArrayList<>(1);
                for (int h : cls == WordClass.NOUN ? heads : List.of(t)) {
                    for (int d : g.dependents(h, "iobj")) {
                        if (!found.contains(d)) {
                            found.add(d);
                        }
                    }
                }
                return found;
            }
            case "ccomp":
                return g.dependents(t, "ccomp");
            case "poss":
                return g.dependents(t, "nmod:poss");
            case "prt":
                return g.dependents(t, "compound:prt");
            case "speaker":
                return g.speakers(t);
            case "case":
                return g.dependents(t, "case");
            case "cop":
                // "Ukraine was behind the attack", "Kyiv was under attack": whom a copula says is at the event.
                return g.hasDependent(t, "cop") ? g.dependents(t, "nsubj") : List.of();
            case "xcomp": {
                List<Integer> found = new ArrayList<>(2);
                for (int h : heads) {
                    for (int d : g.dependents(h, r -> r.equals("xcomp") || r.equals("acl") || r.equals("acl:to")
                            || r.equals("advcl:to"))) {
                        if (!found.contains(d)) {
                            found.add(d);
                        }
                    }
                }
                return found;
            }
            default: {
                String suffix = ":" + rel;
                List<Integer> found = new ArrayList<>(2);
                for (int h : heads) {
                    for (int d : g.dependents(h, r -> r.endsWith(suffix) && (r.startsWith("obl")
                            || r.startsWith("nmod") || r.startsWith("advcl") || r.startsWith("acl")))) {
                        if (!found.contains(d) && !g.time(d)) {
                            found.add(d);
                        }
                    }
                }
                if (found.isEmpty() && cls == WordClass.NOUN) {
                    int place = stayPlace(g, t, rel::equals);
                    return place < 0 ? found : List.of(place);
                }
                return found;
            }
        }
    }

    /**
     * "The Chinese president is in Washington on a state visit": the place a copula puts one staying at, under one
     * of the given prepositions, is where the event the stay is for takes place; -1 where the noun tells no stay.
     */
    private static int stayPlace(SentenceGraph g, int noun, Predicate<String> preposition) {
        for (Dependency d : g.in(noun)) {
            int place = d.governor();
            if ((d.relation().equals("obl:for") || d.relation().equals("obl:on")) && place >= 0
                    && g.hasDependent(place, "cop") && !g.pos(place).startsWith("VB")
                    && g.dependents(place, "case").stream().anyMatch(c -> preposition.test(g.lemma(c)))) {
                return place;
            }
        }
        return -1;
    }

    /**
     * "Police beat and arrested several journalists": an object after both of two conjoined verbs hangs from the
     * first, and is the second's too.
     */
    private static List<Integer> sharedObject(SentenceGraph g, int verb) {
        for (Dependency d : g.in(verb)) {
            if (d.relation().startsWith("conj") && d.governor() >= 0 && d.governor() < verb) {
                List<Integer> shared = new ArrayList<>(1);
                for (int o : g.dependents(d.governor(), "obj")) {
                    if (o > verb) {
                        shared.add(o);
                    }
                }
                return shared;
            }
        }
        return List.of();
    }

    /**
     * "The Iraqi prime minister called/VBN for a ceasefire": the tagger often takes a simple past after a noun for a
     * bare participle, which reads as passive. A verb whose trigger preposition has its noun is active all the same,
     * for the passive strands that preposition ("a ceasefire was called for").
     */
    private static boolean prepositionTaken(EventPattern p, SentenceGraph g, int verb) {
        if (g.markedPassive(verb)) {
            return false;
        }
        for (String word : p.trigger().words()) {
            for (Dependency d : g.out(verb)) {
                if (d.relation().equals("obl:" + word) && d.dependent() > verb && !g.time(d.dependent())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean wantsObject(EventPattern p) {
        return p.slots().stream().anyMatch(sl -> sl.relations().contains("obj"))
                || p.constraints().stream().anyMatch(c -> c.relation().equals("obj") && !c.absent());
    }

    /**
     * "Released the mayor, jailed a year ago": the parser may read a noun and the participle after it as a small
     * clause, the noun the subject of the verb's xcomp; for a verb that wants an object, that noun is its object.
     * So it reads "called the United States irresponsible" and "called the move a provocation", whose small clause
     * is what the object is called.
     */
    private static List<Integer> smallClauseSubject(SentenceGraph g, int verb) {
        for (int participle : g.dependents(verb, r -> r.equals("xcomp") || r.equals("dep"))) {
            String pos = g.pos(participle);
            if (pos.equals("VBN") || pos.startsWith("JJ") || pos.startsWith("NN")) {
                for (int noun : g.dependents(participle, "nsubj")) {
                    if (noun > verb && noun < participle) {
                        return List.of(noun);
                    }
                }
            }
        }
        return List.of();
    }

    private static List<Integer> directSubjects(SentenceGraph g, int t, WordClass cls, boolean passive) {
        if (passive) {
            return g.dependents(t, r -> r.equals("obl:agent") || r.equals("obl:by"));
        }
        return g.dependents(t, r -> r.equals("nsubj") || r.equals("nsubj:xsubj") || r.equals("csubj")
                || (cls == WordClass.ADJECTIVE && r.startsWith("nsubj:pass")));
    }

    /** Where an event's source stands, and how it was found. */
    private record Subjects(List<Integer> tokens, Match.Origin origin) {
        static final Subjects NONE = new Subjects(List.of(), Match.Origin.NONE);
    }

    private Subjects subjects(SentenceGraph g, int t, WordClass cls, boolean passive, ArgumentResolver resolver,
                              int support, int depth) {
        if (cls == WordClass.NOUN) {
            List<Integer> owners = role(g, t, List.of(t), "subj", cls, false);
            // "Japan renewed its pledge of aid": a possessive pronoun that names no one leaves the light verb's
            // subject to be the owner.
            if (support >= 0 && owners.stream().allMatch(o -> g.pos(o).equals("PRP$")
                    && resolver.resolveAll(g, o).isEmpty())) {
                owners = List.of();
            }
            if (!owners.isEmpty()) {
                return new Subjects(owners, Match.Origin.POSSESSOR);
            }
            List<Integer> modifiers = new ArrayList<>(1);
            for (int m : g.dependents(t, r -> r.equals("amod") || r.equals("compound"))) {
                if (names(g, m, resolver) && !resolver.venue(g, t, m)) {
                    // "Israeli-Syrian talks", "Sino-Japanese summit": the parties joined by a hyphen.
                    for (int first : g.dependents(m, r -> r.equals("amod") || r.equals("compound"))) {
                        if (first == m - 2 && g.token(m - 1).text().equals("-") && names(g, first, resolver)) {
                            modifiers.add(first);
                        }
                    }
                    modifiers.add(m);
                }
            }
            if (!modifiers.isEmpty()) {
                return new Subjects(modifiers, Match.Origin.POSSESSOR);
            }
            // "Bombing of Serb positions by NATO aircraft": the parser may hang the agent on the object.
            for (int object : g.dependents(t, "nmod:of")) {
                for (int agent : g.dependents(object, "nmod:by")) {
                    if (names(g, agent, resolver)) {
                        modifiers.add(agent);
                    }
                }
            }
            if (!modifiers.isEmpty()) {
                return new Subjects(modifiers, Match.Origin.POSSESSOR);
            }
            List<Integer> party = copulaParty(g, t);
            if (party.isEmpty()) {
                party = partakers(g, t);
            }
            if (!party.isEmpty()) {
                return new Subjects(party, Match.Origin.SUBJECT);
            }
            if (support >= 0) {
                Subjects s = subjects(g, support, WordClass.VERB, g.passive(support), resolver, -1, depth + 1);
                return s.tokens().isEmpty() ? Subjects.NONE : new Subjects(s.tokens(), Match.Origin.LIGHT_VERB);
            }
            int dealer = dealingVerb(g, t);
            if (dealer >= 0) {
                // "The EU hit Belarus with new sanctions": the one who deals the event is its owner.
                List<Integer> by = directSubjects(g, dealer, WordClass.VERB, g.markedPassive(dealer));
                if (!by.isEmpty()) {
                    return new Subjects(by, Match.Origin.LIGHT_VERB);
                }
            }
            return depth > MAX_DEPTH ? Subjects.NONE : partnerOf(g, t, resolver, depth);
        }
        List<Integer> direct = directSubjects(g, t, cls, passive);
        // A controlled subject that names no actor is often the parser's guess ("used water cannon to disperse"
        // gives the cannon as the disperser); the governor's subject is then the better source. A design is no
        // guess: "foiled a plot to attack" is an attack by the plot's owner, named or not, though "made every effort
        // to free" is the effort's maker's.
        boolean guessed = !direct.isEmpty() && direct.stream().allMatch(x -> g.dependents(t, "nsubj:xsubj")
                .contains(x) && resolver.resolveAll(g, x).isEmpty() && !othersDesign(g, t, x));
        if (!direct.isEmpty() && !guessed) {
            return new Subjects(direct, Match.Origin.SUBJECT);
        }
        if (passive || depth > MAX_DEPTH) {
            return Subjects.NONE;
        }
        return controller(g, t, resolver, depth);
    }

    /**
     * The verb that deals someone the noun event, with the noun as its with-phrase ("hit Belarus with sanctions",
     * "was slapped with sanctions"), or -1.
     */
    static int dealingVerb(SentenceGraph g, int noun) {
        for (Dependency d : g.in(noun)) {
            int verb = d.governor();
            if (d.relation().equals("obl:with") && verb >= 0 && g.pos(verb).startsWith("VB")
                    && (g.markedPassive(verb) || g.hasDependent(verb, "obj"))) {
                return verb;
            }
        }
        return -1;
    }

    /**
     * "Following talks with Xi, Putin announced a pipeline": an act done with a partner, in a time phrase of a
     * clause, was done by the clause's subject, the party the phrase does not name.
     */
    private Subjects partnerOf(SentenceGraph g, int noun, ArgumentResolver resolver, int depth) {
        if (!g.hasDependent(noun, "nmod:with")) {
            return Subjects.NONE;
        }
        for (Dependency d : g.in(noun)) {
            int verb = d.governor();
            String r = d.relation();
            if (verb >= 0 && r.startsWith("obl:") && cues.temporal().contains(r.substring(4))
                    && g.pos(verb).startsWith("VB")) {
                Subjects s = subjects(g, verb, WordClass.VERB, g.passive(verb), resolver, -1, depth + 1);
                return s.tokens().isEmpty() ? Subjects.NONE : new Subjects(s.tokens(), Match.Origin.CONTROLLER);
            }
        }
        return Subjects.NONE;
    }

    private static boolean names(SentenceGraph g, int token, ArgumentResolver resolver) {
        return resolver.resolveAll(g, token).stream().anyMatch(a -> ArgumentResolver.named(a.actor()));
    }

    /**
     * The source of a participle or infinitive with no subject of its own: the subject of the clause it hangs
     * from ("Blinken telephoned Vucic, urging him"), or the noun a present participle modifies.
     */
    private Subjects controller(SentenceGraph g, int t, ArgumentResolver resolver, int depth) {
        // Only active non-finite verbs: the subject of "if attacked" is the one attacked, not the attacker.
        String pos = g.pos(t);
        boolean nonFinite = pos.equals("VBG") || g.hasDependent(t, "mark")
                && g.dependents(t, "mark").stream().anyMatch(m -> g.lemma(m).equals("to"));
        if (!nonFinite) {
            return Subjects.NONE;
        }
        for (Dependency d : g.in(t)) {
            int gov = d.governor();
            if (gov < 0) {
                continue;
            }
            String rel = d.relation();
            if (rel.equals("acl") && pos.equals("VBG")) {
                // "held talks in Belgrade, offering aid": a participle that only people do (one that frames an
                // act: offer, urge, pledge), hung on a verb's object that names no one, is that verb's subject's
                // act. "Sanctions targeting ten officials" are what targets them.
                int holder = framing(t, g) && resolver.resolveAll(g, gov).isEmpty() ? objectOf(g, gov) : -1;
                if (holder >= 0) {
                    Subjects s = subjects(g, holder, WordClass.VERB, g.passive(holder), resolver, -1, depth + 1);
                    if (!s.tokens().isEmpty()) {
                        return new Subjects(s.tokens(), Match.Origin.CONTROLLER);
                    }
                }
                return new Subjects(List.of(gov), Match.Origin.CONTROLLER);
            }
            // "After meeting with Japanese officials, the minister said": a gerund in a prepositional phrase of a
            // clause is its subject's act, as an adverbial clause is.
            boolean clausal = rel.equals("xcomp") || rel.startsWith("advcl") || rel.equals("dep")
                    || rel.startsWith("conj") || rel.startsWith("obl") && pos.equals("VBG");
            if (clausal && g.pos(gov).startsWith("VB")) {
                Subjects s = subjects(g, gov, WordClass.VERB, g.passive(gov), resolver, -1, depth + 1);
                if (!s.tokens().isEmpty()) {
                    return new Subjects(s.tokens(), Match.Origin.CONTROLLER);
                }
            }
        }
        return Subjects.NONE;
    }

    /**
     * "The Indian prime minister is on a visit to Japan", "Germany was in talks with France", "Iran is a threat to
     * Israel": the one a copula says is the event, or on, in or at it, is its owner, and so of what a stay a copula
     * tells is for. "Under attack" is the attacked, "behind the attack" a claim about who did it, and "it was his
     * first trip" says what the trip was.
     */
    private static List<Integer> copulaParty(SentenceGraph g, int noun) {
        if (!g.hasDependent(noun, "cop")) {
            // "was in Moscow for talks", "is in Beijing on a state visit": what a stay is for is the stayer's
            int place = stayPlace(g, noun, PARTAKING::contains);
            return place < 0 ? List.of() : copulaParty(g, place);
        }
        List<Integer> cases = g.dependents(noun, "case");
        if (!cases.isEmpty() && cases.stream().noneMatch(c -> PARTAKING.contains(g.lemma(c)))) {
            return List.of();
        }
        return g.dependents(noun, "nsubj").stream()
                .filter(x -> !g.pos(x).equals("PRP") && !g.pos(x).equals("DT") && !g.pos(x).startsWith("W"))
                .toList();
    }

    /** Whether the word frames an act (offer, urge, pledge): people do that, not things. */
    private boolean framing(int t, SentenceGraph g) {
        return patterns.candidates(g.lemma(t)).stream().anyMatch(p -> p.frame() != null);
    }

    /** Whether the controlled subject is a design ("plot", "attempt") held by a verb that is not its own light verb. */
    private boolean othersDesign(SentenceGraph g, int clause, int design) {
        if (!cues.designs().contains(g.lemma(design))) {
            return false;
        }
        for (Dependency d : g.in(clause)) {
            if (d.relation().equals("xcomp") && d.governor() >= 0 && cues.light().contains(g.lemma(d.governor()))) {
                return false;
            }
        }
        return true;
    }

    /** The verb whose direct object the noun is, or -1. */
    private static int objectOf(SentenceGraph g, int noun) {
        for (Dependency d : g.in(noun)) {
            if (d.relation().equals("obj") && d.governor() >= 0 && g.pos(d.governor()).startsWith("VB")) {
                return d.governor();
            }
        }
        return -1;
    }

    /**
     * The light verb a noun trigger is the object of, giving it a subject: "held talks", "imposed sanctions", and
     * through an amount, "announced $300 million in aid".
     */
    private int supportVerb(SentenceGraph g, int noun) {
        for (Dependency d : g.in(noun)) {
            int gov = d.governor();
            if (gov < 0) {
                continue;
            }
            if (SUPPORT_RELATIONS.contains(d.relation()) && g.pos(gov).startsWith("VB")
                    && cues.light().contains(g.lemma(gov))
                    && !(d.relation().equals("obl:on") && g.hasDependent(gov, "obj"))) {
                // "took dozens in a series of raids", but "held a press conference on the attack" is about it
                return gov;
            }
            if ((d.relation().equals("nmod:in") || d.relation().equals("nmod:of")) && amount(g, gov)) {
                int verb = supportVerb(g, gov);
                if (verb >= 0) {
                    return verb;
                }
            }
        }
        return -1;
    }

    /** Those a passive verb of partaking puts in the noun's event ("were engaged in clashes"), or none. */
    private List<Integer> partakers(SentenceGraph g, int noun) {
        for (Dependency d : g.in(noun)) {
            if (d.governor() >= 0 && d.relation().equals("obl:in") && cues.partaking().contains(g.lemma(d.governor()))
                    && g.markedPassive(d.governor())) {
                return g.dependents(d.governor(), "nsubj:pass");
            }
        }
        return List.of();
    }

    /**
     * "Fighting broke out between Armenian and Azerbaijani forces": the parser hangs the parties on the verb that
     * says the event happened, when that verb takes no object of its own.
     */
    private List<Integer> occurrenceVerbs(SentenceGraph g, int noun) {
        List<Integer> found = new ArrayList<>(1);
        for (Dependency d : g.in(noun)) {
            int gov = d.governor();
            if (gov >= 0 && d.relation().equals("nsubj") && cues.occurrence().contains(g.lemma(gov))
                    && !g.hasDependent(gov, "obj")) {
                found.add(gov);
            }
        }
        return found;
    }

    private static boolean amount(SentenceGraph g, int token) {
        String pos = g.pos(token);
        return pos.equals("$") || pos.equals("CD") || g.hasDependent(token, "nummod");
    }
}
