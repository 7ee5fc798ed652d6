package org.vigil.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.events.patterns.EventPattern;
import org.vigil.events.patterns.FrameTable;
import org.vigil.events.patterns.WordClass;
import org.vigil.model.Actor;
import org.vigil.model.Dependency;
import org.vigil.model.TokenRange;

/**
 * Who acts on whom in a match: its arguments turned into coded actors, with the frame's doer or done-to standing
 * in for a missing target, victims named after a violent act, conjoined actors paired up where the act is
 * mutual, and nothing where the text gives no source.
 */
final class Dyads {
    /** Roots of violent events whose victims a following participle may name ("..., killing two officers"). */
    private static final Set<String> VIOLENT_ROOTS = Set.of("18", "19", "20");

    /** One source and its target, or a null target where the act names none. */
    record Dyad(Argument source, Argument target) {
    }

    private final FrameTable frames;
    private final Cues cues;

    Dyads(FrameTable frames, Cues cues) {
        this.frames = frames;
        this.cues = cues;
    }

    /**
     * The dyads of a match, empty where it is no event: no source, a reflexive act, a mutual act with one party,
     * or a noun event whose sentence does not say it happened.
     *
     * @param impact for a noun event, the object of the verb it is the subject of ("the strike hit ...")
     */
    List<Dyad> of(SentenceGraph g, Match m, List<Integer> impact, ArgumentResolver resolver) {
        EventPattern p = m.pattern();
        boolean noun = p.trigger().wordClass() == WordClass.NOUN;
        if (!m.targets().isEmpty() && m.targets().stream().allMatch(t -> cues.reflexive().contains(g.lemma(t)))) {
            return List.of();
        }
        List<Argument> sources = resolveAll(g, m.sources(), resolver);
        if (sources.isEmpty() && violent(m) && g.passive(m.trigger()) && !under(m.code(), cues.takings())) {
            // "a mortar bomb was fired at it from the Gaza Strip": with no agent, where the fire came from is who
            // fired it, when it names a state or group.
            sources = named(resolveAll(g, g.dependents(m.trigger(), "obl:from"), resolver));
        }
        if (sources.isEmpty() && stateAct(m) && g.passive(m.trigger())) {
            // "An Iranian diplomat was arrested in Germany": only a state arrests, expels or sentences, and with no
            // agent named, the state is the one where it was done.
            Argument state = whereItHappened(g, m.trigger(), resolver, true);
            if (state != null) {
                sources = List.of(new Argument(state.actor(), state.tokens(), Argument.Way.PLACED));
            }
        }
        if (sources.isEmpty() && under(m.code(), cues.forceMoves()) && (noun || g.passive(m.trigger()))) {
            // "US troops were deployed to Poland", "the deployment of American troops": forces are moved, readied
            // and withdrawn by their own state.
            List<Integer> moved = noun ? g.dependents(m.trigger(), "nmod:of") : g.passiveObjects(m.trigger());
            for (Argument forces : named(resolveAll(g, moved, resolver))) {
                if (forces.actor().country() != null && forces.actor().sector() != null) {
                    sources = List.of(forces);
                    break;
                }
            }
        }
        // "Clashes between police and protesters": parties to a fight need no state to be told apart.
        List<Argument> pair = violent(m) ? resolveAll(g, m.pair(), resolver)
                : named(resolveAll(g, m.pair(), resolver));
        // "An agreement was signed between Ethiopia and Eritrea", "a trade agreement between China and Vietnam was
        // signed": with no agent, the parties a between-phrase names, on the verb or on what was done, act together.
        boolean between = false;
        if (sources.isEmpty() && pair.size() < 2 && g.markedPassive(m.trigger())) {
            List<Integer> phrases = new ArrayList<>(g.dependents(m.trigger(), "obl:between"));
            for (int done : g.passiveObjects(m.trigger())) {
                phrases.addAll(g.dependents(done, "nmod:between"));
            }
            List<Argument> parties = named(resolveAll(g, phrases, resolver));
            if (parties.size() >= 2) {
                pair = parties;
                between = true;
            }
        }
        List<Argument> own = resolveAll(g, m.targets().isEmpty() ? impact : m.targets(), resolver);
        List<Argument> targets = named(own);
        List<Argument> borrowed = List.of();
        if (m.targets().isEmpty() && m.embedded() != null) {
            Match inner = m.embedded();
            boolean doer = !m.unrealised() && frames.targetFrom(p.frame()) == FrameTable.TargetFrom.DOER;
            borrowed = resolveAll(g, doer ? inner.sources() : inner.targets(), resolver);
            targets = named(borrowed);
        }
        // "accused each other": conjoined subjects act on one another whatever the pattern.
        boolean reciprocal = !m.targets().isEmpty()
                && m.targets().stream().allMatch(t -> cues.reciprocal().contains(g.lemma(t)));
        boolean symmetric = reciprocal || between || p.flags().contains(EventPattern.Flag.SYMMETRIC)
                || m.embedded() != null && m.embedded().pattern().flags().contains(EventPattern.Flag.SYMMETRIC);
        // The victims a violent act's outcome names ("..., killing 12 passengers"), and those the harm a noun event
        // did befell ("five soldiers were killed in an attack by Hezbollah"); not where two parties fight each
        // other ("troops and rebels clashed, killing two civilians"), whose victims are no party to it.
        boolean mutual = symmetric && m.targets().isEmpty() && sources.size() >= 2;
        List<Argument> victims = violent(m) && !mutual ? resolveAll(g, victims(g, m.trigger()), resolver)
                : List.of();
        List<Argument> harmed = noun ? resolveAll(g, harmed(g, m.trigger()), resolver)
                : violent(m) ? resolveAll(g, harmedWhen(g, m.trigger()), resolver) : List.of();
        if (targets.isEmpty()) {
            targets = named(victims);
        }
        if (targets.isEmpty()) {
            targets = named(harmed);
        }
        // With no one named, the target may be a bare sector: "police arrested two journalists", "gunmen opened
        // fire on a bus, killing 12 passengers", "agreed to release the jailed dissidents".
        for (List<Argument> unnamed : List.of(own, borrowed, victims, harmed)) {
            if (targets.isEmpty()) {
                targets = unnamed;
            }
        }
        if (targets.isEmpty() && pair.isEmpty() && !sources.isEmpty()) {
            targets = conditionParty(g, m, sources, resolver);
        }
        if (targets.isEmpty() && pair.isEmpty() && !sources.isEmpty()
                && !p.flags().contains(EventPattern.Flag.SYMMETRIC)) {
            targets = clauseTarget(g, m, sources, resolver);
        }
        // A source that is only a sector ("rebels", "protesters") makes an event only when it acts on someone:
        // "Protesters demanded the resignation of the Kenyan president", "police detained two journalists", not
        // "the minister had gone"; or with a named party to a mutual act ("the government and rebels signed").
        boolean mutualParties = symmetric && sources.size() >= 2 && !named(sources).isEmpty();
        if (targets.isEmpty() && !mutualParties) {
            sources = named(sources);
        }

        if (symmetric && targets.isEmpty() && pair.size() < 2 && sources.size() == 1) {
            targets = purposeParty(g, m.trigger(), sources, resolver);
            // "Kenya agreed to resolve the dispute with Somalia": a mutual frame finds its partner in its clause.
            if (targets.isEmpty() && p.frame() != null) {
                targets = clauseTarget(g, m, sources, resolver);
            }
        }
        List<Dyad> dyads = new ArrayList<>();
        if (pair.size() >= 2 && (sources.isEmpty() || m.origin() != Match.Origin.POSSESSOR)) {
            if (noun && m.origin() == Match.Origin.NONE && m.support() < 0 && !asserted(g, m.trigger())) {
                return List.of();
            }
            pairUp(sameState(pair), symmetric, dyads);
        } else if (sources.isEmpty()) {
            return List.of();
        } else if (symmetric && targets.isEmpty() && sources.size() >= 2
                && m.targets().stream().noneMatch(t -> g.pos(t).startsWith("NNP"))) {
            // Not where the act is done to a name the files cannot code: "Chad and Niger fought the Zorgon Front"
            // is no fight between Chad and Niger.
            pairUp(sameState(sources), true, dyads);
        } else if (symmetric && targets.isEmpty() && p.frame() == null && !noun) {
            // A mutual act needs two parties: "China and Japan discussed trade" names both, "Japan discussed the
            // need for ammunition" no partner at all.
            return List.of();
        } else {
            for (Argument s : sources) {
                if (targets.isEmpty()) {
                    dyads.add(new Dyad(s, null));
                }
                for (Argument t : targets) {
                    // An act on oneself ("NATO will bolster the KFOR force") has no target to code.
                    boolean self = EventMerger.actorKey(t.actor()).equals(EventMerger.actorKey(s.actor()));
                    dyads.add(new Dyad(s, self ? null : t));
                }
            }
        }
        List<Integer> where = places(g, m.trigger(), false);
        Argument place = firstState(g, where, resolver);
        int harm = noun && place == null ? harmVerb(g, m.trigger()) : -1;
        if (harm >= 0) {
            // "were killed in Israeli shelling in Gaza": where the harm was done, the act that did it was
            place = whereItHappened(g, harm, resolver, false);
        }
        boolean interstate = under(m.code(), cues.foreignActs());
        boolean dissent = under(m.code(), cues.dissentActs());
        boolean measure = under(m.code(), cues.measures());
        // a plot or threat to attack is violent enough
        boolean violence = violent(m) || m.embedded() != null && violent(m.embedded());
        List<Dyad> placed = new ArrayList<>(dyads.size());
        for (Dyad d : dyads) {
            if (place != null) {
                d = new Dyad(placed(d.source(), place.actor()), d.target() == null ? null
                        : placed(d.target(), place.actor()));
            }
            d = interstate ? d : domestic(g, d, violence);
            placed.add(dissent ? addressed(g, d, resolver) : measure ? fallsOn(d, place, where) : d);
        }
        return placed;
    }

    /**
     * "Students in Tehran protested for a third day": dissent by a state's own people that names no one it is
     * against is addressed to their government.
     */
    private Dyad addressed(SentenceGraph g, Dyad d, ArgumentResolver resolver) {
        Actor source = d.source().actor();
        TokenRange words = d.source().tokens();
        boolean here = words != null && words.sentence() == g.sentence().index();
        // "thousands of Kenyans went on strike": people of a state named in the plural are its people, not it
        boolean plural = here && (g.pos(words.head()).equals("NNS") || g.pos(words.head()).equals("NNPS"));
        // an opposition leader, a party or a union of the state as much as its people
        boolean own = d.target() == null && source.country() != null && (source.sector() != null || plural)
                && !abroad(source) && !cues.stateBody(source);
        if (!own) {
            return d;
        }
        // "Serbs in northern Kosovo boycotted the vote": people living in another state address its government
        Argument home = here ? firstState(g, g.dependents(words.head(), "nmod:in"), resolver) : null;
        String state = home != null ? home.actor().country() : source.country();
        return new Dyad(d.source(), new Argument(Actor.implied(state, "GOV"), null, Argument.Way.ADDRESSEE));
    }

    /**
     * "Thailand imposed a curfew": a measure that names no one it falls on falls on the state where it is taken,
     * the act's own place or else, where it names none, its taker's.
     */
    private static Dyad fallsOn(Dyad d, Argument place, List<Integer> named) {
        Actor taker = d.source().actor();
        String state = place != null ? place.actor().country()
                // a place the files cannot put in a state ("a curfew in Hebron") may be anywhere but at home
                : named.isEmpty() && taker.organization() == null ? taker.country() : null;
        return d.target() != null || state == null ? d
                : new Dyad(d.source(), new Argument(Actor.implied(state, null), null, Argument.Way.ADDRESSEE));
    }

    /**
     * "Kenyan police arrested three activists", "protesters demanded the resignation of the Kenyan government":
     * people named only by their sector (not a state body, which could be any state's, nor one often abroad) acting
     * with a state or its civil body (cues' {@code @STATE_SECTORS}) are of that state, for such acts are mostly
     * done at home. Not with troops, nor in violence with a state named only by its name: armies act as often abroad
     * ("Israeli attacks on protesters"); nor are those who do violence to a state taken for its own ("militants
     * attacked the Israeli embassy"), nor those who act on a state's mission abroad ("protesters gathered outside
     * the British embassy"); nor where that would make people the other party.
     */
    private Dyad domestic(SentenceGraph g, Dyad d, boolean violent) {
        if (d.target() == null) {
            return d;
        }
        Actor source = d.source().actor();
        Actor target = d.target().actor();
        Dyad inferred = d;
        // A state body acting on a body named only by its role acts on its own state's: "the Turkish government
        // arrested dozens of judges", "the Iraqi prime minister criticised the parliament".
        boolean homeTarget = target.isSectorOnly() && !abroad(target)
                && (!cues.stateBody(target) || source.sector() != null);
        if (homeTarget && home(source, violent)) {
            inferred = new Dyad(d.source(), new Argument(target.inState(source.country()), d.target().tokens(),
                    Argument.Way.DOMESTIC));
        } else if (!violent && target.isSectorOnly() && !abroad(target) && ofState(source)
                && (!abroad(source) || cues.stateBody(target)) && !mission(g, d.target())) {
            // "the Kenyan opposition rejected the government's proposal": the state's own people, or its army,
            // deal with its bodies and people, as the act is no violence that could be done abroad
            inferred = new Dyad(d.source(), new Argument(target.inState(source.country()), d.target().tokens(),
                    Argument.Way.DOMESTIC));
        } else if (people(source) && !violent && home(target, false) && !mission(g, d.target())) {
            inferred = new Dyad(new Argument(source.inState(target.country()), d.source().tokens(),
                    Argument.Way.DOMESTIC), d.target());
        }
        if (!EventMerger.actorKey(inferred.source().actor()).equals(EventMerger.actorKey(inferred.target().actor()))) {
            return inferred;
        }
        // "the Egyptian president dismissed the government": an act on one's own body has no target to code
        return inferred.target() != d.target() ? new Dyad(d.source(), null) : d;
    }

    /** Whether the argument's head word names a state's mission abroad: an embassy, a consulate. */
    private boolean mission(SentenceGraph g, Argument a) {
        if (a.tokens() == null || a.tokens().sentence() != g.sentence().index()) {
            return false;
        }
        int head = a.tokens().head();
        if (cues.missions().contains(g.lemma(head))) {
            return true;
        }
        // "the British embassy": the actor may be the state its modifier names
        for (Dependency d : g.in(head)) {
            if (d.governor() >= 0 && cues.missions().contains(g.lemma(d.governor()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the actor is a state's people or body by its role, not the state by its name: Kenyan students. */
    private static boolean ofState(Actor a) {
        return a.country() != null && a.sector() != null && a.organization() == null;
    }

    /** Whether the actor is named only as people of no state body, nor of one often abroad: civilians, rebels. */
    private boolean people(Actor a) {
        return a.isSectorOnly() && !abroad(a) && !cues.stateBody(a);
    }

    /** Whether the actor is a state, or its civil body, whose acts are done at home. */
    private boolean home(Actor a, boolean violent) {
        return a.country() != null && a.organization() == null && (a.sector() == null ? !violent : cues.stateBody(a));
    }

    /**
     * The state the act's own place names ("marched in Chicago", "clashed at the border of Kosovo"), or null;
     * with {@code from}, also the place it was done from ("expelled from India").
     */
    private Argument whereItHappened(SentenceGraph g, int trigger, ArgumentResolver resolver, boolean from) {
        return firstState(g, places(g, trigger, from), resolver);
    }

    /** The first state that the words name, or null. */
    private static Argument firstState(SentenceGraph g, List<Integer> words, ArgumentResolver resolver) {
        for (int place : words) {
            for (Argument a : resolver.resolveAll(g, place)) {
                if (a.actor().isState()) {
                    return a;
                }
            }
        }
        return null;
    }

    /** The named places of an act, where it happened (with {@code from}, also where it was done from). */
    private List<Integer> places(SentenceGraph g, int trigger, boolean from) {
        List<Integer> places = new ArrayList<>();
        for (Dependency d : g.out(trigger)) {
            String r = d.relation();
            int colon = r.indexOf(':');
            String preposition = r.substring(colon + 1);
            // A named place, not a thing someone owns: "outside the Russian embassy" says nothing of the protesters.
            if (!r.startsWith("obl:") || !(cues.where().contains(preposition) || from && preposition.equals("from"))
                    || g.time(d.dependent())) {
                continue;
            }
            // "in a market in the southern Philippines": the place may name where the thing is.
            places.add(d.dependent());
            places.addAll(g.dependents(d.dependent(), "nmod:in"));
        }
        // "attacked a police station in Baghdad": where the thing acted on is, the act happened.
        for (int object : g.dependents(trigger, "obj")) {
            places.addAll(g.dependents(object, "nmod:in"));
        }
        places.removeIf(place -> !"LOCATION".equals(g.token(place).ner()));
        return places;
    }

    /** A party that is only a sector, unless one often abroad, placed in the state where the act happened. */
    private Argument placed(Argument a, Actor where) {
        Actor actor = a.actor();
        if (!actor.isSectorOnly() || abroad(actor)) {
            return a;
        }
        return new Argument(actor.inState(where.country()), a.tokens(), Argument.Way.PLACED);
    }

    /** Whether only a state does what the match codes: arrests, expulsions, sentences (cues' @STATE_ACTS). */
    private boolean stateAct(Match m) {
        return under(m.code(), cues.stateActs());
    }

    /** Whether the code is one of the listed codes or under one. */
    private static boolean under(String code, Set<String> codes) {
        for (int n = code.length(); n >= 2; n--) {
            if (codes.contains(code.substring(0, n))) {
                return true;
            }
        }
        return false;
    }

    static boolean violent(Match m) {
        return violent(m.code());
    }

    static boolean violent(String code) {
        return VIOLENT_ROOTS.contains(code.substring(0, 2));
    }

    /** Participles after a violent event that tell its outcome: "..., killing two officers". */
    List<Integer> consequences(SentenceGraph g, int trigger) {
        List<Integer> found = new ArrayList<>(1);
        for (Dependency d : g.out(trigger)) {
            String r = d.relation();
            if ((r.startsWith("advcl") || r.equals("dep") || r.equals("xcomp") || r.startsWith("conj"))
                    && cues.consequence().contains(g.lemma(d.dependent()))) {
                found.add(d.dependent());
            }
            // "opened fire on a bus, killing 12": the parser may hang the participle on the act's object.
            if (r.equals("obj") || r.startsWith("obl")) {
                for (int p : g.dependents(d.dependent(), x -> x.equals("acl") || x.startsWith("advcl"))) {
                    if (g.pos(p).equals("VBG") && cues.consequence().contains(g.lemma(p))) {
                        found.add(p);
                    }
                }
            }
        }
        return found;
    }

    /** The victims those participles name, for a violent event whose object names no actor. */
    private List<Integer> victims(SentenceGraph g, int trigger) {
        List<Integer> found = new ArrayList<>(2);
        for (int participle : consequences(g, trigger)) {
            found.addAll(g.dependents(participle, x -> x.equals("obj") || x.equals("obl:in")));
        }
        return found;
    }

    /** Relations that lead out of the act's own clause, or to its source (the trigger's subject), or to no phrase. */
    private static boolean leavesClause(String relation, boolean atTrigger) {
        int colon = relation.indexOf(':');
        String base = colon < 0 ? relation : relation.substring(0, colon);
        return atTrigger && (base.equals("nsubj") || base.equals("csubj")) || NOT_THE_CLAUSE.contains(base)
                || inSpiteOf(relation);
    }

    /** The tokens of the sentence's in-spite-of phrases. */
    private static boolean[] inSpite(SentenceGraph g) {
        boolean[] marked = new boolean[g.size()];
        Deque<Integer> todo = new ArrayDeque<>();
        for (int t = 0; t < g.size(); t++) {
            for (Dependency d : g.out(t)) {
                if (inSpiteOf(d.relation())) {
                    todo.push(d.dependent());
                }
            }
        }
        while (!todo.isEmpty()) {
            int t = todo.pop();
            if (!marked[t]) {
                marked[t] = true;
                for (Dependency d : g.out(t)) {
                    todo.push(d.dependent());
                }
            }
        }
        return marked;
    }

    /** What an act is done in spite of is not what it is done to: "vowed to go on despite UN sanctions". */
    private static final Set<String> IN_SPITE = Set.of("despite", "in_spite_of", "notwithstanding", "regardless_of");

    private static boolean inSpiteOf(String relation) {
        int colon = relation.indexOf(':');
        return colon >= 0 && IN_SPITE.contains(relation.substring(colon + 1));
    }

    private static final Set<String> NOT_THE_CLAUSE = Set.of("advcl", "conj", "acl", "parataxis", "punct", "cc",
            "mark", "aux", "cop", "dep", "appos", "discourse");
    private static final int CLAUSE_DEPTH = 3;

    /**
     * "North Korea threatened to restart its reactor if Washington did not lift sanctions": an act made to hang on
     * what another party does is aimed at that party, the subject of the condition on the act or on what it embeds.
     */
    private List<Argument> conditionParty(SentenceGraph g, Match m, List<Argument> sources,
                                          ArgumentResolver resolver) {
        List<Integer> acts = new ArrayList<>(List.of(m.trigger()));
        acts.addAll(g.dependents(m.trigger(), r -> r.equals("xcomp") || r.equals("ccomp")));
        for (int act : acts) {
            for (Dependency d : g.out(act)) {
                if (!d.relation().startsWith("advcl")) {
                    continue;
                }
                boolean condition = false;
                for (int mark : g.dependents(d.dependent(), "mark")) {
                    condition |= cues.condition().contains(g.lemma(mark));
                }
                for (int subject : condition ? g.dependents(d.dependent(), "nsubj") : List.<Integer>of()) {
                    for (Argument a : named(resolver.resolveAll(g, subject))) {
                        if (sources.stream().noneMatch(s -> ArgumentResolver.sameSide(s.actor(), a.actor()))) {
                            return List.of(a);
                        }
                    }
                }
            }
        }
        return List.of();
    }

    /**
     * The nearest named actor in the trigger's clause, breadth first through its dependents, that is not on the
     * source's side; empty if none.
     */
    private static List<Argument> clauseTarget(SentenceGraph g, Match m, List<Argument> sources,
                                               ArgumentResolver resolver) {
        List<Integer> level = List.of(m.trigger());
        boolean[] seen = new boolean[g.size()];
        seen[m.trigger()] = true;
        for (int depth = 0; depth < CLAUSE_DEPTH && !level.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            for (int node : level) {
                for (Dependency d : g.out(node)) {
                    int x = d.dependent();
                    if (seen[x] || leavesClause(d.relation(), depth == 0) || g.time(x)) {
                        continue;
                    }
                    seen[x] = true;
                    next.add(x);
                }
            }
            next.sort(Integer::compare);
            for (int x : next) {
                Argument found = otherParty(g, x, sources, resolver, false);
                if (found != null) {
                    return List.of(found);
                }
            }
            level = next;
        }
        // Else the sentence's nearest party after the trigger that acts in no clause of its own: "X seized a
        // British-flagged tanker", not the "Nigerian police" who arrested someone else.
        boolean[] within = relativeClause(g, m.trigger());
        boolean[] inSpite = inSpite(g);
        for (int x = m.trigger() + 1; x < g.size(); x++) {
            if (within != null && !within[x] || inSpite[x]) {
                continue;
            }
            Argument found = g.time(x) || actsInPhrase(g, x) ? null : otherParty(g, x, sources, resolver, true);
            if (found != null) {
                return List.of(found);
            }
        }
        return List.of();
    }

    /**
     * Whether the word, or the noun whose phrase it modifies, is the subject or agent of some predicate: "the OPCW
     * press service said" is a speaker, not a party to what it says.
     */
    private static boolean actsInPhrase(SentenceGraph g, int x) {
        int current = x;
        for (int step = 0; step <= CLAUSE_DEPTH && current >= 0; step++) {
            if (g.actsItself(current)) {
                return true;
            }
            int up = -1;
            for (Dependency d : g.in(current)) {
                String r = d.relation();
                if (d.governor() >= 0 && (r.equals("compound") || r.equals("amod") || r.equals("flat")
                        || r.startsWith("nmod"))) {
                    up = d.governor();
                }
            }
            current = up;
        }
        return false;
    }

    /**
     * The words of the relative clause the trigger stands in ("Iran, which denies seeking weapons, accused
     * Israel"), whose act has nothing to do with the main clause's parties; null when it stands in none.
     */
    private static boolean[] relativeClause(SentenceGraph g, int trigger) {
        int head = -1;
        int current = trigger;
        for (int step = 0; step < CLAUSE_DEPTH && head < 0 && current >= 0; step++) {
            int up = -1;
            for (Dependency d : g.in(current)) {
                if (d.governor() < 0) {
                    continue;
                }
                if (d.relation().equals("acl:relcl")) {
                    head = current;
                }
                up = up < 0 ? d.governor() : up;
            }
            current = up;
        }
        if (head < 0) {
            return null;
        }
        boolean[] within = new boolean[g.size()];
        List<Integer> level = List.of(head);
        within[head] = true;
        while (!level.isEmpty()) {
            List<Integer> next = new ArrayList<>();
            for (int node : level) {
                for (Dependency d : g.out(node)) {
                    if (!within[d.dependent()] && !d.relation().equals("ref")) {
                        within[d.dependent()] = true;
                        next.add(d.dependent());
                    }
                }
            }
            level = next;
        }
        return within;
    }

    /**
     * The named actor a word stands for, as a target from the clause, if it is not on the sources' side; else null.
     *
     * @param headed only a mention the word heads, not one it merely lies in
     */
    private static Argument otherParty(SentenceGraph g, int x, List<Argument> sources, ArgumentResolver resolver,
                                       boolean headed) {
        for (Argument a : resolver.resolveAll(g, x)) {
            if (ArgumentResolver.named(a.actor()) && (!headed || a.tokens().head() == x)
                    && (a.way() == Argument.Way.DIRECT || a.way() == Argument.Way.MODIFIER)
                    && sources.stream().noneMatch(s -> ArgumentResolver.sameSide(s.actor(), a.actor()))) {
                return new Argument(a.actor(), a.tokens(), Argument.Way.CLAUSE);
            }
        }
        return null;
    }

    /**
     * The party a mutual act is made with, named only in its purpose: "signed an accord to supply Egypt with
     * wheat", "held talks on Monday to settle the dispute with Kenya". Empty if the purpose names no other party.
     */
    private static List<Argument> purposeParty(SentenceGraph g, int trigger, List<Argument> sources,
                                               ArgumentResolver resolver) {
        List<Integer> heads = new ArrayList<>(g.dependents(trigger, "obj"));
        heads.add(0, trigger);
        for (int head : heads) {
            for (int purpose : g.dependents(head, r -> r.equals("advcl:to") || r.equals("acl:to")
                    || r.equals("xcomp"))) {
                for (int x : g.dependents(purpose, r -> r.equals("obj") || r.equals("iobj") || r.equals("obl:to")
                        || r.equals("obl:with"))) {
                    Argument found = otherParty(g, x, sources, resolver, false);
                    if (found != null) {
                        return List.of(found);
                    }
                }
            }
        }
        return List.of();
    }

    /** Those a verb of harm says were harmed, where a noun event is what harmed them: "were killed in an attack". */
    private List<Integer> harmed(SentenceGraph g, int noun) {
        int verb = harmVerb(g, noun);
        return verb < 0 ? List.of() : harmedBy(g, verb);
    }

    /** The verb of harm an event noun tells the cause of ("were killed in an attack"), or -1. */
    private static int harmVerb(SentenceGraph g, int noun) {
        return g.harmVerb(noun, HARM_RELATIONS::contains);
    }

    /** Those a verb of harm names: the passive's subject, else the object ("died in an ambush": the subject). */
    private static List<Integer> harmedBy(SentenceGraph g, int verb) {
        if (g.passive(verb)) {
            return g.passiveObjects(verb);
        }
        List<Integer> objects = g.dependents(verb, "obj");
        return objects.isEmpty() ? g.dependents(verb, "nsubj") : objects;
    }

    /**
     * "Two soldiers were killed when militants attacked an outpost": those a harm verb names were harmed by the act
     * of its when-clause.
     */
    private List<Integer> harmedWhen(SentenceGraph g, int verb) {
        boolean when = g.dependents(verb, r -> r.equals("mark") || r.equals("advmod")).stream()
                .anyMatch(x -> g.lemma(x).equals("when") || g.lemma(x).equals("as"));
        if (!when) {
            return List.of();
        }
        int harm = g.harmVerb(verb, r -> r.startsWith("advcl"));
        return harm < 0 ? List.of() : harmedBy(g, harm);
    }

    /** The arguments coded as more than a bare sector: a state, organisation, person or actor code. */
    private static List<Argument> named(List<Argument> arguments) {
        return arguments.stream().filter(a -> !a.actor().isUncoded()).toList();
    }

    private static List<Argument> resolveAll(SentenceGraph g, List<Integer> tokens, ArgumentResolver resolver) {
        List<Argument> found = new ArrayList<>(tokens.size());
        Set<String> seen = new HashSet<>();
        for (int t : tokens) {
            for (Argument a : resolver.resolveAll(g, t)) {
                if (seen.add(EventMerger.actorKey(a.actor()))) {
                    found.add(a);
                }
            }
        }
        return found;
    }

    /**
     * Parties acting together or on each other where all but the bare roles belong to one state: the roles are that
     * state's too. "The Philippine government and Muslim rebels signed a deal in Kuala Lumpur" is a deal within the
     * Philippines, wherever it was signed; but not troops and the like, who are often abroad.
     */
    private List<Argument> sameState(List<Argument> parties) {
        Set<String> states = new HashSet<>();
        for (Argument a : parties) {
            if (!a.actor().isSectorOnly()) {
                // Israeli troops in a clash say nothing of where the gunmen they fought are from
                states.add(abroad(a.actor()) ? null : a.actor().country());
            }
        }
        if (states.size() != 1 || states.contains(null)) {
            return parties;
        }
        String state = states.iterator().next();
        List<Argument> out = new ArrayList<>(parties.size());
        for (Argument a : parties) {
            Actor actor = a.actor();
            boolean role = actor.isSectorOnly() && !abroad(actor);
            out.add(role ? new Argument(actor.inState(state), a.tokens(), Argument.Way.PLACED) : a);
        }
        return out;
    }

    private boolean abroad(Actor actor) {
        return actor.sector() != null && cues.abroad().contains(actor.sector().toLowerCase(Locale.ROOT));
    }

    /** Conjoined actors acting on each other: both ways when the act is mutual, else first on the rest. */
    private static void pairUp(List<Argument> actors, boolean mutual, List<Dyad> dyads) {
        for (int i = 0; i < actors.size(); i++) {
            for (int j = 0; j < actors.size(); j++) {
                if (i != j && (mutual || i == 0)) {
                    dyads.add(new Dyad(actors.get(i), actors.get(j)));
                }
            }
        }
    }

    private static final Set<String> HARM_RELATIONS = Set.of("nsubj", "obl:in", "obl:during", "obl:by", "obl:from",
            "obl:agent", "obl:amid", "obl:after");

    /**
     * A noun event with no source of its own is reported as having happened only where the sentence says so:
     * as the subject of a verb of occurrence ("clashes erupted"), after a temporal preposition ("after clashes
     * between"), as what did harm ("killed in shelling"), or standing alone as a headline does.
     */
    private boolean asserted(SentenceGraph g, int noun) {
        if (harmVerb(g, noun) >= 0) {
            return true;
        }
        for (Dependency d : g.in(noun)) {
            String r = d.relation();
            if (d.governor() < 0) {
                return true;
            }
            if (r.startsWith("nsubj") && cues.occurrence().contains(g.lemma(d.governor()))) {
                return true;
            }
            int colon = r.indexOf(':');
            if (colon > 0 && (r.startsWith("obl") || r.startsWith("nmod"))
                    && cues.temporal().contains(r.substring(colon + 1))) {
                return true;
            }
        }
        return false;
    }
}
